"""The place an agency serves, read from its name ("东湖区公共就业服务中心" → "东湖区"); pure, no Django."""

# Agency kinds a unit's name ends with, longest first so the most specific is removed.
AGENCY_SUFFIXES = (
    "人力资源和社会保障局", "公共就业服务中心", "公共就业服务大厅", "社会保障事务所", "社会保障服务所", "就业服务中心",
    "就业服务站", "劳动保障站", "服务中心", "服务站",
)


def area_name(unit_name: str) -> str:
    """The district, street or community an agency is named for; the whole name when it names no agency kind."""
    name = (unit_name or "").strip()
    for suffix in AGENCY_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def address_in(city: str, area: str, rest: str) -> str:
    """An address in ``area`` of ``city``, naming the city once ("示范市" + "示范市" → "示范市…")."""
    place = area if area.startswith(city) else f"{city}{area}"
    return f"{place}{rest}"
