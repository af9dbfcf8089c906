"""The lookups city HRSS keeps, loaded with their starting rows: old certificate titles and their levels (CZ-5-4,
to be checked against the certificate), the occupations whose certificates are relevant for C1B (CZ-5-6), and the
size thresholds of 统计上大中小微型企业划分办法（2017） for the common industries (CZ-5-9; revenue and assets in
10,000 yuan).  The "1028" list (CZ-5-12) is not in the rules; city HRSS loads it from the city's publication."""
from django.db import migrations

from careerguide.experts.lookup_defaults import OLD_TITLES, RELEVANT, SME


def forwards(apps, schema_editor):
    Lookup = apps.get_model("experts", "ExpertLookup")
    for title, occupation, level in OLD_TITLES:
        Lookup.objects.get_or_create(kind="old_title_level", code=title,
                                     defaults={"label": title, "occupation": occupation, "level": level})
    for code, label in RELEVANT:
        Lookup.objects.get_or_create(kind="relevant_occupation", code=code, defaults={"label": label, "occupation": code})
    for code, label, data in SME:
        Lookup.objects.get_or_create(kind="sme_standard", code=code, defaults={"label": label, "data": data})


class Migration(migrations.Migration):

    dependencies = [("experts", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
