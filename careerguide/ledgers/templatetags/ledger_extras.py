from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """{{ counts|get_item:code }}: a value from a dict by a variable key."""
    return mapping.get(key, 0)
