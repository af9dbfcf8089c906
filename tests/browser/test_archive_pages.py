"""Browser journey: a counsellor files a document in the personal e-archive and downloads it (BJ-9-1, BJ-9-2)."""
import pytest
from playwright.sync_api import expect

from careerguide.accounts.tests.factories import PASSWORD
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import person_id

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


def test_counsellor_uploads_is_refused_a_fake_file_and_downloads_the_real_one(page, live_server, city, staff, tmp_path):
    """BJ-9-1, BJ-9-2 in the browser: Chinese refusal of a disguised file, then the item listed and its download
    shown in the use log."""
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(910))
    fake = tmp_path / "假文件.pdf"
    fake.write_bytes(b"MZ not a pdf")
    real = tmp_path / "测评报告.pdf"
    real.write_bytes(b"%PDF-1.4\n%%EOF\n")
    log_in(page, live_server, "s11-counsellor")
    page.goto(f"{live_server.url}/job-seekers/{seeker.pk}/")
    page.get_by_role("link", name="个人服务电子档案").click()
    form = page.get_by_test_id("upload-form")
    form.get_by_label("档案分类").select_option("P03")
    form.get_by_label("题名").fill("职业兴趣测评报告")
    form.get_by_label("文件", exact=False).set_input_files(str(fake))
    form.get_by_role("button", name="上传").click()
    expect(page.get_by_test_id("form-errors")).to_contain_text("文件内容与扩展名不符")
    form = page.get_by_test_id("upload-form")
    form.get_by_label("档案分类").select_option("P03")
    form.get_by_label("题名").fill("职业兴趣测评报告")
    form.get_by_label("文件", exact=False).set_input_files(str(real))
    form.get_by_role("button", name="上传").click()
    expect(page.get_by_test_id("archive-index")).to_contain_text("职业兴趣测评报告")
    with page.expect_download() as info:
        page.get_by_role("link", name="职业兴趣测评报告").click()
    assert info.value.suggested_filename == "测评报告.pdf"
    page.reload()
    expect(page.get_by_test_id("archive-uses")).to_contain_text("下载：职业兴趣测评报告")
