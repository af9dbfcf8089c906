"""JSON API of the CQ guidance process (mounted at /api/guidance/cq), one router per part."""
from ninja import Router

from .process import router as process_router
from .quality import router as quality_router
from .registers import router as registers_router

router = Router()
router.add_router("", process_router)
router.add_router("", registers_router)
router.add_router("/quality", quality_router)
