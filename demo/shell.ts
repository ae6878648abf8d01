// What the demo pages share: their texts in English and French, the language switch (kept between pages), the nav.
export type Lang = 'en' | 'fr';

const texts = {
  en: {
    switch: 'Français', switchLabel: 'Lire en français',
    navFacilitator: 'Facilitator', navRespondent: 'Respondent', navCdn: 'Plain HTML (CDN)', navLabel: 'Demo pages',
    title: 'Gender equality in practice: the workshop',
    lead: 'The facilitator’s page of a participatory self-assessment: 25 people from four groups answered the built-in assessment. Their shape is on the wheel, with its spread and the groups; the targets are set on the wheel; the largest gaps become priorities, and the priorities become a plan.',
    portrait: 'The group’s portrait', portraitHelp: 'Select a spoke and use the arrow keys (or drag a point) to change a target. The table under the wheel gives every value.',
    respondents: 'Respondents', group: 'Group', total: 'Total', hiddenCount: 'not shown (confidentiality)', thisDevice: 'answered on this device', clearDevice: 'Forget the answers of this device',
    priorities: 'Priorities', prioritiesHelp: 'Largest gap between where the group is and the target it set, on 0–10.',
    noPriorities: 'Set a target above the current value on at least one spoke.', gap: 'gap', now: 'now', target: 'target',
    plan: 'Action plan', planHelp: 'Add the suggested actions of the priorities, then give each an owner, a date and person-days. The plan is kept in this browser.',
    downloadSvg: 'Download the wheel (SVG)', downloadPng: 'Download the wheel (PNG)',
    wheelLabel: 'Our organisation: where we are and where we want to be',
    respondentTitle: 'Before the workshop: your answers',
    respondentLead: 'Answer for your organisation as you see it. Your answers are saved in this browser as you go; only your group is recorded, never your name. When you submit, your answers join the facilitator page of this demo, on this device.',
    submitted: 'Thank you. Your answers are on the facilitator page.', seeFacilitator: 'See the workshop',
    cdnTitle: 'Plain HTML: one script, three tags',
  },
  fr: {
    switch: 'English', switchLabel: 'Read in English',
    navFacilitator: 'Animation', navRespondent: 'Répondant·e', navCdn: 'HTML seul (CDN)', navLabel: 'Pages de la démo',
    title: 'L’égalité femmes-hommes en pratique : l’atelier',
    lead: 'La page d’animation d’une autoévaluation participative : 25 personnes de quatre groupes ont répondu à l’autoévaluation intégrée. Leur portrait est sur la roue, avec sa dispersion et les groupes ; les cibles se fixent sur la roue ; les plus grands écarts deviennent des priorités, et les priorités un plan.',
    portrait: 'Le portrait du groupe', portraitHelp: 'Choisissez un rayon et utilisez les flèches (ou faites glisser un point) pour changer une cible. Le tableau sous la roue donne chaque valeur.',
    respondents: 'Répondant·es', group: 'Groupe', total: 'Total', hiddenCount: 'non affiché (confidentialité)', thisDevice: 'ont répondu sur cet appareil', clearDevice: 'Oublier les réponses de cet appareil',
    priorities: 'Priorités', prioritiesHelp: 'Plus grand écart entre la situation du groupe et la cible qu’il s’est fixée, sur 0–10.',
    noPriorities: 'Fixez une cible au-dessus de la valeur actuelle sur au moins un rayon.', gap: 'écart', now: 'actuel', target: 'cible',
    plan: 'Plan d’action', planHelp: 'Ajoutez les actions suggérées pour les priorités, puis donnez à chacune une personne responsable, une date et des jours-personnes. Le plan est gardé dans ce navigateur.',
    downloadSvg: 'Télécharger la roue (SVG)', downloadPng: 'Télécharger la roue (PNG)',
    wheelLabel: 'Notre organisation : où nous en sommes et où nous voulons aller',
    respondentTitle: 'Avant l’atelier : vos réponses',
    respondentLead: 'Répondez pour votre organisation, telle que vous la voyez. Vos réponses sont enregistrées dans ce navigateur au fur et à mesure ; seul votre groupe est noté, jamais votre nom. Quand vous les envoyez, elles rejoignent la page d’animation de cette démo, sur cet appareil.',
    submitted: 'Merci. Vos réponses sont sur la page d’animation.', seeFacilitator: 'Voir l’atelier',
    cdnTitle: 'HTML seul : un script, trois balises',
  },
};
export type TextKey = keyof typeof texts.en;

const LANG_KEY = 'gender-in-practice-demo:lang';
/** Responses submitted on the respondent page of this device, read by the facilitator page. */
export const RESPONSES_KEY = 'gender-in-practice-demo:responses';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): the demo still works, it just forgets
  }
}

export let lang: Lang = stored(LANG_KEY) === 'fr' || (stored(LANG_KEY) === null && navigator.language.startsWith('fr')) ? 'fr' : 'en';

export const t = (key: TextKey): string => texts[lang][key];

const listeners: ((lang: Lang) => void)[] = [];
/** Calls `render` now and after every language switch. */
export function onLanguage(render: (lang: Lang) => void): void {
  listeners.push(render);
  render(lang);
}

/** Fills every `[data-t]` with its text, sets the page's `lang` (the elements follow it) and the switch. */
function apply(): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t as TextKey);
  document.querySelector('nav')?.setAttribute('aria-label', t('navLabel'));
  const button = document.getElementById('lang');
  if (button) {
    button.textContent = t('switch');
    button.setAttribute('aria-label', t('switchLabel'));
    button.setAttribute('lang', lang === 'en' ? 'fr' : 'en');
  }
  for (const l of listeners) l(lang);
}

document.getElementById('lang')?.addEventListener('click', () => {
  lang = lang === 'en' ? 'fr' : 'en';
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* not kept: fine */
  }
  apply();
});
for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
  if (new URL(a.href).pathname === location.pathname) a.setAttribute('aria-current', 'page');
}
apply();

/** The responses submitted on this device, or none when storage is blocked or holds something else. */
export function deviceResponses(): unknown[] {
  try {
    const list: unknown = JSON.parse(stored(RESPONSES_KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
