import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { asAdministrator, createUser, mailbox, screenshotPath, seriousViolations, signIn } from './support';

/**
 * Issue 4's "done when", in the browser: a round on Moroccan treaty-body recommendations assigned
 * to two ministries; a contributor drafts, the focal point submits with a file, the coordinator
 * returns it with a comment, it comes back, is validated and published; the public reads it, the
 * timeline shows every step, the e-mails arrive in each recipient's language, the audit chain holds.
 */

const COORDINATOR = {
  email: 'followup-coordinator@example.org',
  password: 'ten rounds of mint tea at noon 5',
};
const FOCAL = { email: 'followup-focal@example.org', password: 'the focal point reports on time 6' };
const CONTRIBUTOR = {
  email: 'followup-contributor@example.org',
  password: 'a contributor drafts every line 2',
};
/** The other ministry's focal point reads Arabic: its e-mails must come in Arabic. */
const OTHER_FOCAL = { email: 'followup-other-focal@example.org', password: 'the second ministry is asked 3' };

const ROUND = { en: 'E2E treaty bodies follow-up 2026', ar: 'جولة تتبع توصيات هيئات المعاهدات ٢٠٢٦' };
const DRAFT = 'Law 10-23 on the prison administration was adopted; its decrees are being drafted.';
const DRAFT_AR = 'اعتمد القانون 10-23 المتعلق بتدبير المؤسسات السجنية، وتجري صياغة مراسيمه التطبيقية.';
const RETURN_COMMENT = 'Please name the decrees and give the date each entered into force.';
const FINAL = 'Law 10-23 was adopted; decrees 2.24.1 and 2.24.2 entered into force on 1 March 2026.';

interface Recommendation {
  id: string;
  key: string;
  status: string;
  mechanism: { code: string; type: string };
  institutions: { id: string; role: string; name: { en?: string } }[];
}
interface Institution {
  id: string;
  kind: string;
  name: { en?: string };
}

let recommendation: Recommendation;
/** The ministry that reports (leads the recommendation) and the other ministry asked. */
let ministry: Institution;
let otherMinistry: Institution;
let roundFilters: string;

// A step that cannot happen fails within seconds rather than at the end of the long test.
test.use({ locale: 'en-GB', actionTimeout: 20_000 });

test.beforeAll(async ({ playwright, baseURL }) => {
  await asAdministrator(playwright, baseURL, async (api, admin) => {
    const institutions = (await (await api.get('/api/v1/institutions')).json()).items as Institution[];
    const ministries = new Map(institutions.filter((i) => i.kind === 'government').map((i) => [i.id, i]));
    const list = await (
      await api.get('/api/v1/recommendations?mechanismType=treaty_body&published=true&sort=key&pageSize=100')
    ).json();
    // A treaty-body recommendation led by a ministry, with another ministry on it too.
    for (const r of list.items as Recommendation[]) {
      const lead = r.institutions.find((i) => i.role === 'lead' && ministries.has(i.id));
      const other = r.institutions.find((i) => i.id !== lead?.id && ministries.has(i.id));
      if (lead && other && r.status !== 'partially_implemented') {
        recommendation = r;
        ministry = ministries.get(lead.id) as Institution;
        otherMinistry = ministries.get(other.id) as Institution;
        break;
      }
    }
    expect(recommendation, 'a treaty-body recommendation of two ministries in the demo data').toBeTruthy();
    expect(recommendation.mechanism.type).toBe('treaty_body');
    roundFilters = new URLSearchParams({
      mechanismType: 'treaty_body',
      mechanism: recommendation.mechanism.code,
      institution: ministry.id,
    }).toString();

    const users = [
      { ...COORDINATOR, name: 'Salma Coordinator', role: 'coordinator', locale: 'en' as const },
      {
        ...FOCAL,
        name: 'Youssef Focal',
        role: 'focal_point',
        institutionId: ministry.id,
        locale: 'en' as const,
      },
      {
        ...CONTRIBUTOR,
        name: 'Nadia Contributor',
        role: 'contributor',
        institutionId: ministry.id,
        locale: 'en' as const,
      },
      {
        ...OTHER_FOCAL,
        name: 'Hamid Focal',
        role: 'focal_point',
        institutionId: otherMinistry.id,
        locale: 'ar' as const,
      },
    ];
    for (const user of users) await createUser(playwright, baseURL, api, admin, user);
  });
});

/** A person at their own computer: a browser context of their own, signed in. */
async function personAt(browser: Browser, who?: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (who) await signIn(page.request, who.email, [who.password], who.password);
  return page;
}

/** A small but real PDF document, written where the file picker can take it. */
function writePdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const file = path.join(tmpdir(), `decree-2-24-1-${process.pid}.pdf`);
  writeFileSync(file, pdf, 'latin1');
  return file;
}

/** Chooses `name` in a Mantine select or multi-select labelled `label`. */
async function choose(page: Page, label: string | RegExp, name: string) {
  await page.getByRole('combobox', { name: label }).fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByRole('combobox', { name: label }).press('Escape');
}

/** The narrative's text box in `language`, on its tab. */
function narrative(page: Page, language: 'English' | 'Arabic') {
  return {
    async fill(text: string) {
      await page.getByRole('tab', { name: new RegExp(`^${language}`) }).click();
      await page.getByLabel(`Narrative in ${language}`).fill(text);
    },
    async value() {
      await page.getByRole('tab', { name: new RegExp(`^${language}`) }).click();
      return page.getByLabel(`Narrative in ${language}`);
    },
  };
}

/** The step labels of the follow-up timeline, newest first, without the bidi isolation marks. */
async function timelineTitles(page: Page): Promise<string[]> {
  const titles = await page.locator('.mantine-Timeline-itemTitle').allInnerTexts();
  return titles.map((t) => t.replace(/[\u2066-\u2069]/g, '').trim());
}

test('a treaty-body round goes out to two ministries, comes back, is returned, validated, published and e-mailed', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(300_000);
  const ministryName = ministry.name.en ?? '';
  const key = recommendation.key;

  // 1. The coordinator filters the recommendations and opens a round on what the filter finds.
  const coordinator = await personAt(browser, COORDINATOR);
  await coordinator.goto(`/app/recommendations?${roundFilters}`);
  await expect(coordinator.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(coordinator.getByText(key, { exact: false }).first()).toBeVisible();
  await coordinator.goto(`/app/rounds/new?${roundFilters}`);
  await coordinator.getByLabel('English', { exact: true }).first().fill(ROUND.en);
  await coordinator.getByLabel('Arabic', { exact: true }).first().fill(ROUND.ar);
  await coordinator
    .getByLabel('English', { exact: true })
    .nth(1)
    .fill('Report on the treaty-body recommendations you lead or contribute to.');
  await coordinator.getByLabel(/^Deadline/).fill('2099-06-30');
  await expect(coordinator.getByText(/^\d+ recommendations? match(es)?$/)).toBeVisible();
  await choose(coordinator, 'Institutions asked', ministryName);
  await choose(coordinator, 'Institutions asked', otherMinistry.name.en ?? '');
  expect(await seriousViolations(coordinator)).toEqual([]);
  await coordinator.getByRole('button', { name: /Create the round/ }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: ROUND.en })).toBeVisible();
  const roundId = new URL(coordinator.url()).pathname.split('/').pop() as string;
  await coordinator.getByRole('button', { name: 'Open the round' }).click();
  await expect(coordinator.getByText('Open', { exact: true })).toBeVisible();
  const completion = coordinator.getByRole('region', { name: 'Completion by institution' });
  await expect(completion.getByRole('row')).toHaveCount(3);

  // 2. The contributor drafts the update from the home page; submitting is not theirs to do.
  const contributor = await personAt(browser, CONTRIBUTOR);
  await contributor.goto('/app');
  await contributor
    .getByRole('row')
    .filter({ hasText: key })
    .filter({ hasText: ROUND.en })
    .getByRole('link', { name: 'Start it in the round' })
    .click();
  await contributor
    .getByRole('row')
    .filter({ hasText: key })
    .getByRole('button', { name: 'Write the update' })
    .click();
  await expect(contributor.getByRole('heading', { level: 1, name: 'Progress update' })).toBeVisible();
  const updateId = new URL(contributor.url()).pathname.split('/').pop() as string;
  await narrative(contributor, 'English').fill(DRAFT);
  await narrative(contributor, 'Arabic').fill(DRAFT_AR);
  await contributor.getByRole('radio', { name: 'English' }).check();
  await contributor.getByLabel('Proposed implementation status', { exact: true }).first().click();
  await contributor.getByRole('option', { name: 'Partially implemented' }).click();
  await contributor.getByLabel('Progress').fill('60');
  await contributor.getByRole('button', { name: 'Save' }).click();
  await expect(contributor.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expect(
    contributor.getByText('The focal point of your institution submits the update.'),
  ).toBeVisible();
  await expect(contributor.getByRole('button', { name: /Submit/ })).toHaveCount(0);
  expect(await seriousViolations(contributor)).toEqual([]);
  const draft = await (await contributor.request.get(`/api/v1/updates/${updateId}`)).json();
  expect(draft.status).toBe('draft');
  const refused = await contributor.request.post(`/api/v1/updates/${updateId}/submit`, {
    headers: { 'x-csrf-token': (await (await contributor.request.get('/api/v1/auth/me')).json()).csrfToken },
    data: { version: draft.version },
  });
  expect(refused.status()).toBe(403);

  // 3. The focal point attaches the decree and submits.
  const focal = await personAt(browser, FOCAL);
  await focal.goto('/app');
  await focal
    .getByRole('row')
    .filter({ hasText: key })
    .filter({ hasText: ROUND.en })
    .getByRole('link', { name: 'Open', exact: true })
    .click();
  await expect(await narrative(focal, 'English').value()).toHaveValue(DRAFT);
  await focal.locator('input[type="file"]').setInputFiles(writePdf());
  const files = focal.getByTestId('evidence-files');
  await expect(files.getByRole('row').filter({ hasText: /decree-2-24-1-\d+\.pdf/ })).toContainText(
    'PDF document',
  );
  await focal.getByRole('button', { name: 'Submit to the coordinator' }).click();
  await expect(focal.getByText('Submitted', { exact: true }).first()).toBeVisible();

  // 4. The coordinator returns it with a comment.
  await coordinator.goto('/app');
  await coordinator
    .getByRole('row')
    .filter({ hasText: key })
    .getByRole('link', { name: 'Review' })
    .first()
    .click();
  await expect(coordinator.getByTestId('evidence-files')).toContainText('.pdf');
  expect(await seriousViolations(coordinator)).toEqual([]);
  await coordinator.getByRole('button', { name: 'Return with a comment' }).click();
  await coordinator.getByRole('dialog').getByLabel('Comment').fill(RETURN_COMMENT);
  await coordinator.getByRole('dialog').getByRole('button', { name: 'Return with a comment' }).click();
  await expect(coordinator.getByText('Returned', { exact: true }).first()).toBeVisible();

  // 5. The focal point finds it among what was returned, with the comment, and submits again.
  await focal.goto('/app');
  const returned = focal.getByRole('region', { name: 'Returned by the coordinator' });
  await expect(returned).toContainText(RETURN_COMMENT);
  expect(await seriousViolations(focal)).toEqual([]);
  await returned.getByRole('link', { name: 'Revise and submit again' }).click();
  await expect(focal.getByRole('alert').or(focal.getByText(RETURN_COMMENT)).first()).toBeVisible();
  await narrative(focal, 'English').fill(FINAL);
  await focal.getByRole('button', { name: 'Submit again' }).click();
  await expect(focal.getByText('Submitted', { exact: true }).first()).toBeVisible();

  // 6. The coordinator validates and publishes.
  await coordinator.reload();
  await expect(await narrative(coordinator, 'English').value()).toHaveValue(FINAL);
  await coordinator.getByRole('button', { name: 'Validate' }).click();
  await coordinator.getByRole('button', { name: 'Publish' }).click();
  await expect(coordinator.getByText('Published', { exact: true }).first()).toBeVisible();

  // 7. The public reads the new status and the published narrative, not the coordinator's comment.
  const reader = await personAt(browser);
  await reader.goto(`/recommendations/${recommendation.id}`);
  const publicFollowUp = reader.getByRole('region', { name: 'Follow-up' });
  await expect(publicFollowUp.getByText(FINAL)).toBeVisible();
  await expect(publicFollowUp).toContainText(
    /Official status (changed from .+ to|set to) Partially implemented/,
  );
  await expect(reader.getByText('Partially implemented').first()).toBeVisible();
  await expect(reader.locator('body')).not.toContainText(RETURN_COMMENT);
  await expect(reader.locator('body')).not.toContainText(DRAFT);
  expect(await seriousViolations(reader)).toEqual([]);

  // 8. Signed in, the timeline shows every step, the return with its comment.
  await coordinator.goto(`/app/recommendations/${recommendation.id}`);
  const followUp = coordinator.getByRole('region', { name: 'Follow-up' });
  await expect(followUp).toContainText(RETURN_COMMENT);
  const steps = (await timelineTitles(coordinator)).filter((t) => t.startsWith(`${ministryName}: `));
  expect(steps.map((t) => t.slice(ministryName.length + 2))).toEqual([
    'Published',
    'Validated',
    'Submitted',
    'Saved',
    'Returned',
    'Submitted',
    'Saved',
    'Started',
  ]);
  expect(
    (await timelineTitles(coordinator)).some((t) => /Official status .*Partially implemented/.test(t)),
  ).toBe(true);

  // 9. The e-mails arrived, each in its recipient's language, with a link to the right page.
  const roundLink = `${baseURL}/app/rounds/${roundId}`;
  const updateLink = `${baseURL}/app/updates/${updateId}`;
  const expected = [
    { to: FOCAL.email, subject: `Follow-up round opened: ${ROUND.en}`, link: roundLink },
    { to: CONTRIBUTOR.email, subject: `Follow-up round opened: ${ROUND.en}`, link: roundLink },
    { to: OTHER_FOCAL.email, subject: `فتح جولة التتبع: ${ROUND.ar}`, link: roundLink },
    { to: COORDINATOR.email, subject: `Progress update submitted: ${key}`, link: updateLink },
    { to: FOCAL.email, subject: `Progress update returned: ${key}`, link: updateLink },
    { to: CONTRIBUTOR.email, subject: `Progress update returned: ${key}`, link: updateLink },
    { to: FOCAL.email, subject: `Progress update validated: ${key}`, link: updateLink },
    { to: FOCAL.email, subject: `Progress update published: ${key}`, link: updateLink },
  ];
  const found = async () => {
    const mails = await mailbox(request);
    return expected.map(({ to, subject, link }) =>
      mails.some((m) => m.to.includes(to) && m.subject === subject && m.body.includes(link)),
    );
  };
  await expect
    .poll(found, { timeout: 60_000, message: 'the e-mails of the journey' })
    .toEqual(expected.map(() => true));
  const mails = await mailbox(request);
  const arabic = mails.find((m) => m.to.includes(OTHER_FOCAL.email));
  expect(arabic?.body).toContain('مرحبا Hamid Focal');
  const returnedMail = mails.find(
    (m) => m.to.includes(FOCAL.email) && m.subject.startsWith('Progress update returned'),
  );
  expect(returnedMail?.body).toContain(RETURN_COMMENT);
  // Nobody is told of their own step, and the other ministry only of the round.
  expect(mails.filter((m) => m.to.includes(OTHER_FOCAL.email))).toHaveLength(1);

  // 10. The audit chain verifies, through the API and on the audit page.
  const verdict = await coordinator.request.get('/api/v1/audit/verify');
  expect(verdict.ok()).toBeTruthy();
  expect((await verdict.json()).ok).toBe(true);
  await coordinator.goto('/app/audit');
  await coordinator.getByRole('button', { name: 'Check the chain' }).click();
  await expect(coordinator.getByText(/^The trail is intact: .+ events checked/)).toBeVisible();
  await coordinator.mouse.move(0, 0); // the colours checked are the button's at rest, not hovered
  expect(await seriousViolations(coordinator)).toEqual([]);

  // 11. The update page and the public page, right-to-left in Arabic.
  for (const page of [coordinator, reader]) {
    await page.getByRole('button', { name: /^Language:/ }).click();
    await page.getByRole('menuitem', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
  await coordinator.goto(`/app/updates/${updateId}`);
  await expect(coordinator.getByRole('heading', { level: 1, name: 'تحيين وضعية التنفيذ' })).toBeVisible();
  await expect(coordinator.getByTestId('evidence-files')).toContainText('.pdf');
  expect(await seriousViolations(coordinator)).toEqual([]);
  await coordinator.screenshot({ path: screenshotPath('followup-update-ar.png'), fullPage: true });
  await reader.goto(`/recommendations/${recommendation.id}`);
  await expect(reader.getByText(DRAFT_AR)).toBeVisible();
  expect(await seriousViolations(reader)).toEqual([]);
  await reader.screenshot({ path: screenshotPath('followup-public-ar.png'), fullPage: true });
});
