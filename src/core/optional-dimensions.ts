// Optional dimensions D11 (communications & advocacy) and D12 (diversity & inclusion), and how to add them.
import type { Assessment, Dimension } from './types.js';
import { deepFreeze } from './freeze.js';

/** D11: the organisation's public image, images and language, and advocacy on women's rights. Deeply frozen. */
export const communicationsModule: Dimension = deepFreeze({
  id: 'communications',
  label: { en: 'Communications & advocacy', fr: 'Communications et plaidoyer' },
  description: {
    en: 'The organisation’s public image, its images and language, and its advocacy reflect its GE commitment.',
    fr: 'L’image publique de l’organisation, ses visuels, son langage et son plaidoyer reflètent son engagement en ÉFH.',
  },
  questions: [
    {
      id: 'com-1',
      required: true,
      text: {
        en: 'Our publications and social media show women and men in varied, non-stereotyped roles.',
        fr: 'Nos publications et nos médias sociaux montrent des femmes et des hommes dans des rôles variés et non stéréotypés.',
      },
    },
    {
      id: 'com-2',
      required: true,
      text: {
        en: 'Our communications use non-sexist, inclusive language, in French as in English.',
        fr: 'Nos communications emploient une écriture inclusive et non sexiste, en français comme en anglais.',
      },
      help: {
        en: 'Non-sexist language names women and men equally and avoids the masculine as a default, e.g. “chairperson” rather than “chairman”.',
        fr: 'L’écriture inclusive (ou rédaction épicène) nomme les femmes et les hommes de façon égale et évite le masculin générique, par exemple «\u00a0le personnel\u00a0» plutôt que «\u00a0les employés\u00a0».',
      },
    },
    {
      id: 'com-3',
      required: true,
      text: {
        en: 'The organisation speaks out publicly for women’s rights, on its own or in coalitions.',
        fr: 'L’organisation prend publiquement position en faveur des droits des femmes, seule ou au sein de coalitions.',
      },
    },
    {
      id: 'com-4',
      required: true,
      reverse: true,
      text: {
        en: 'Our fundraising materials show women of the Global South mainly as victims or passive beneficiaries.',
        fr: 'Notre matériel de collecte de fonds présente surtout les femmes des pays du Sud comme des victimes ou des bénéficiaires passives.',
      },
    },
  ],
});

/** D12: how gender intersects with sexual orientation, gender identity, disability, race and origin. Deeply frozen. */
export const diversityModule: Dimension = deepFreeze({
  id: 'diversity',
  label: { en: 'Diversity & inclusion', fr: 'Diversité et inclusion' },
  description: {
    en: 'GE work takes into account how gender intersects with sexual orientation, gender identity, disability, race and origin.',
    fr: 'Le travail en ÉFH tient compte des croisements entre le genre et l’orientation sexuelle, l’identité de genre, le handicap, la race et l’origine.',
  },
  questions: [
    {
      id: 'div-1',
      required: true,
      text: {
        en: 'Our gender analyses also look at how gender combines with other factors such as age, disability, origin or sexual orientation.',
        fr: 'Nos analyses de genre examinent aussi comment le genre se combine à d’autres facteurs comme l’âge, le handicap, l’origine ou l’orientation sexuelle.',
      },
      help: {
        en: 'This is intersectionality: the way several forms of discrimination (sexism, racism, ableism, homophobia, transphobia...) combine and reinforce each other in a person’s life.',
        fr: 'C’est l’intersectionnalité\u00a0: la façon dont plusieurs formes de discrimination (sexisme, racisme, capacitisme, homophobie, transphobie...) se combinent et se renforcent dans la vie d’une personne.',
      },
    },
    {
      id: 'div-2',
      required: true,
      text: {
        en: 'LGBTQI+ staff, volunteers and partners can be open about who they are without fear of negative consequences.',
        fr: 'Les membres du personnel, les bénévoles et les partenaires LGBTQI+ peuvent vivre ouvertement leur identité sans craindre de conséquences négatives.',
      },
      help: {
        en: 'Lesbian, gay, bisexual, trans, queer and intersex people, and other sexual and gender minorities.',
        fr: 'Personnes lesbiennes, gaies, bisexuelles, trans, queers et intersexes, et autres minorités sexuelles et de genre.',
      },
    },
    {
      id: 'div-3',
      required: true,
      text: {
        en: 'Our workplaces, events and documents are accessible to people with disabilities.',
        fr: 'Nos lieux de travail, nos activités et nos documents sont accessibles aux personnes en situation de handicap.',
      },
    },
    {
      id: 'div-4',
      required: true,
      text: {
        en: 'Racialised people and people of diverse origins are represented on staff, in management and on the board.',
        fr: 'Les personnes racisées et de diverses origines sont représentées au sein du personnel, de la direction et du conseil d’administration.',
      },
    },
    {
      id: 'div-5',
      required: true,
      reverse: true,
      text: {
        en: 'Our projects treat “women” as a single group, regardless of differences in age, origin, disability or sexual orientation.',
        fr: 'Nos projets traitent les femmes comme un groupe uniforme, sans égard aux différences d’âge, d’origine, de handicap ou d’orientation sexuelle.',
      },
    },
  ],
});

/**
 * `assessment` with `modules` appended as extra dimensions, after the fixed ones so that the
 * shared spokes keep their places. The version gets semver build metadata naming the modules
 * (`1.0.0` → `1.0.0+communications.diversity`): rounds with the same modules stay identifiable,
 * and `compareAssessments` still compares the questions they share. A module whose id is already
 * in the assessment is skipped, so adding a module twice changes nothing. Pure: the inputs are
 * neither changed nor frozen; the result shares their dimension objects.
 */
export function withModules(assessment: Assessment, modules: readonly Dimension[]): Assessment {
  const ids = new Set(assessment.dimensions.map((dimension) => dimension.id));
  const added: Dimension[] = [];
  for (const extra of modules) {
    if (ids.has(extra.id)) continue;
    ids.add(extra.id);
    added.push(extra);
  }
  if (added.length === 0) return { ...assessment, dimensions: [...assessment.dimensions] };
  const suffix = added.map((dimension) => dimension.id).join('.');
  const version = assessment.version.includes('+') ? `${assessment.version}.${suffix}` : `${assessment.version}+${suffix}`;
  return { ...assessment, version, dimensions: [...assessment.dimensions, ...added] };
}
