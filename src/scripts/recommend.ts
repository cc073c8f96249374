/** /recommend/: answers ↔ URL, ranking computed in the browser from /data/matrix.json. */
import { ignoredNotice } from '../lib/url-params.ts';
import { parseRequirements, recommend, serializeRequirements, type RecommendData, type Requirements } from '../lib/recommend.ts';
import { QUESTIONS, answersFromRequirements, requirementsFromAnswers } from '../lib/recommend-questions.ts';
import { decisionRecordMarkdown, renderRecommendationHtml, shareableUrl, type ViewData } from '../lib/recommend-view.ts';

export async function initRecommend(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-recommend-form]');
  const out = document.querySelector<HTMLElement>('[data-recommend-result]');
  const notice = document.querySelector<HTMLElement>('[data-recommend-notice]');
  const extraNote = document.querySelector<HTMLElement>('[data-recommend-extra]');
  const record = document.querySelector<HTMLElement>('[data-record-text]');
  if (!form || !out || !notice || !extraNote) return;
  // Until the data has loaded and the link's answers are applied, an answer given now would be overwritten.
  const fieldsets = [...form.querySelectorAll('fieldset')];
  for (const f of fieldsets) f.disabled = true;
  let data: RecommendData & { verifiedAsOf: string; platforms: NonNullable<RecommendData['platforms']> };
  try {
    const response = await fetch('/data/recommend-data.json');
    data = await response.json();
  } catch {
    out.innerHTML = '<p class="notice notice--warning">The data could not be loaded. The scenario pages below show rankings without it.</p>';
    for (const f of fieldsets) f.disabled = false;
    return;
  }
  const view: ViewData = {
    cniNames: Object.fromEntries(data.cnis.map((c) => [c.id, c.name])),
    featureNames: Object.fromEntries(data.features.map((f) => [f.id, f.name])),
    platformNames: Object.fromEntries(data.platforms.map((p) => [p.id, p.name])),
    verifiedAsOf: data.verifiedAsOf,
  };
  const featureIds = data.features.map((f) => f.id);
  const platformIds = data.platforms.map((p) => p.id);
  const platformSelect = form.querySelector<HTMLSelectElement>('select[name="platform"]')!;
  let extra: Requirements = { must: [], want: [], commercial: false };

  const render = (req: Requirements) => {
    const result = recommend(data, req);
    out.innerHTML = renderRecommendationHtml(result, req, view);
    const url = shareableUrl(location.origin, location.pathname, serializeRequirements(req));
    if (record)
      record.textContent =
        req.must.length + req.want.length
          ? decisionRecordMarkdown(result, req, view, { url, today: new Date().toISOString().slice(0, 10) })
          : 'Choose requirements to generate a decision record.';
    const listed = [...extra.must.map((id) => `${view.featureNames[id]} (must)`), ...extra.want.map((id) => `${view.featureNames[id]} (want)`)];
    extraNote.hidden = listed.length === 0;
    extraNote.textContent = listed.length ? `Also from the link: ${listed.join(', ')}.` : '';
  };

  const readForm = (): Requirements => {
    const fd = new FormData(form);
    const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, String(fd.get(q.id) ?? 'none')]));
    const platform = platformSelect.value;
    return { ...requirementsFromAnswers(answers, fd.has('commercial'), extra), ...(platformIds.includes(platform) ? { platform } : {}) };
  };

  const fromUrl = () => {
    const { req, ignored } = parseRequirements(location.search, featureIds, platformIds);
    platformSelect.value = req.platform ?? 'own';
    const parsed = answersFromRequirements(req);
    extra = parsed.extra;
    for (const q of QUESTIONS) {
      const value = parsed.answers[q.id] ?? 'none';
      const input = form.querySelector<HTMLInputElement>(`input[name="${q.id}"][value="${value}"]`);
      if (input) input.checked = true;
    }
    form.querySelector<HTMLInputElement>('input[name="commercial"]')!.checked = req.commercial;
    notice.hidden = ignored.length === 0;
    notice.textContent = ignoredNotice(ignored);
    render(req);
  };

  const update = () => {
    const req = readForm();
    const query = serializeRequirements(req);
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    render(req);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  form.addEventListener('change', update);
  window.addEventListener('popstate', fromUrl);
  fromUrl();
  for (const f of fieldsets) f.disabled = false;
}
