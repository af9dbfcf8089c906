"""Seed the classification with the major groups and our working list (occupations/seed.py)."""
from django.db import migrations


def seed(apps, schema_editor):
    from careerguide.occupations.codes import code_level, parent_code
    from careerguide.occupations.seed import SEED

    Occupation = apps.get_model("occupations", "Occupation")
    by_code = {}
    for code, name in SEED:
        parent = parent_code(code)
        obj, _created = Occupation.objects.get_or_create(
            code=code, defaults={"name": name, "level": code_level(code), "parent": by_code.get(parent), "source": "seed"})
        by_code[code] = obj


class Migration(migrations.Migration):
    dependencies = [("occupations", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
