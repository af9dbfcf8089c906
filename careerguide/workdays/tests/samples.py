"""Sample import files for the tests.

TEST_2027_CSV is INVENTED TEST DATA shaped like a State Council notice; it is
NOT the official 2027 holiday schedule and must never be loaded into a real
database.
"""

TEST_2027_CSV = """\
# TEST DATA ONLY - invented 2027 schedule, not the State Council's notice
date,kind,name
2027-01-01,holiday,元旦
2027-01-02,holiday,元旦
2027-01-03,holiday,元旦
2027-02-05,holiday,春节
2027-02-06,holiday,春节
2027-02-07,holiday,春节
2027-02-08,holiday,春节
2027-02-09,holiday,春节
2027-02-10,holiday,春节
2027-02-11,holiday,春节
2027-02-12,holiday,春节
2027-02-13,holiday,春节
2027-02-20,makeup_workday,春节
2027-04-03,holiday,清明节
2027-04-04,holiday,清明节
2027-04-05,holiday,清明节
2027-04-25,makeup_workday,劳动节
2027-05-01,holiday,劳动节
2027-05-02,holiday,劳动节
2027-05-03,holiday,劳动节
2027-05-04,holiday,劳动节
2027-05-05,holiday,劳动节
2027-06-09,holiday,端午节
2027-09-15,holiday,中秋节
2027-09-26,makeup_workday,国庆节
2027-10-01,holiday,国庆节
2027-10-02,holiday,国庆节
2027-10-03,holiday,国庆节
2027-10-04,holiday,国庆节
2027-10-05,holiday,国庆节
2027-10-06,holiday,国庆节
2027-10-07,holiday,国庆节
2027-10-09,makeup_workday,国庆节
"""
TEST_2027_HOLIDAYS = 29
TEST_2027_MAKEUP_WORKDAYS = 4
