from ninja import Router

router = Router(tags=["labour_market"])
