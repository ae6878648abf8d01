// The built-in bilingual gender-equality self-assessment bank (shared/DOMAIN.md), as frozen data.
import type { Assessment, LocalizedText, Question, RespondentGroup } from './types.js';
import { deepFreeze } from './freeze.js';

/*
 * Terminology: "gender equality (GE)" in English and "égalité entre les femmes et les hommes
 * (ÉFH)" in French, the usage of Quebec international cooperation organisations; the acronym
 * keeps its accent, as the Office québécois de la langue française recommends for acronyms.
 *
 * Every question is `required: true`: a respondent must pick an option before submitting, but
 * "don't know" and "not applicable" count as an answer, so nobody is pushed into guessing a number.
 *
 * Ids are stable across versions so that rounds stay comparable: change a question's meaning
 * only with a new id, and bump `version` whenever the bank changes.
 */

/** Shared help texts for the terms that respondents most often ask about. Deeply frozen. */
const glossary = deepFreeze({
  focalPoint: {
    en: 'Gender focal point: the staff member (or team) officially tasked with advising and supporting colleagues on GE.',
    fr: 'Personne-ressource en genre (point focal)\u00a0: membre du personnel (ou équipe) officiellement chargé de conseiller et de soutenir ses collègues en ÉFH.',
  },
  genderAnalysis: {
    en: 'Gender analysis: looking at how the roles, needs, access to resources and decision-making power of women and men (in all their diversity) differ in a given context, and what that means for the work.',
    fr: 'Analyse de genre\u00a0: examen des différences entre les femmes et les hommes (dans toute leur diversité) quant aux rôles, aux besoins, à l’accès aux ressources et au pouvoir de décision dans un contexte donné, et de ce que cela implique pour le travail. Au Québec, on parle aussi d’analyse différenciée selon les sexes (ADS+).',
  },
  sexDisaggregatedData: {
    en: 'Sex-disaggregated data: figures collected and presented separately for women and men (girls and boys), so that differences between them show.',
    fr: 'Données ventilées selon le sexe\u00a0: données recueillies et présentées séparément pour les femmes et les hommes (les filles et les garçons), afin de faire ressortir les écarts.',
  },
  genderBudgeting: {
    en: 'For example through gender budgeting: tagging the budget lines and staff time that serve GE so that they can be added up.',
    fr: 'Par exemple grâce à la budgétisation sensible au genre\u00a0: repérer les lignes budgétaires et le temps de travail consacrés à l’ÉFH pour pouvoir en faire le total.',
  },
  needsAndInterests: {
    en: 'Practical needs concern daily living conditions (water, income, health care). Strategic interests concern changing women’s position in society: rights, control over resources, a say in decisions.',
    fr: 'Les besoins pratiques touchent les conditions de vie quotidiennes (eau, revenu, soins de santé). Les intérêts stratégiques visent à changer la position des femmes dans la société\u00a0: droits, contrôle des ressources, voix dans les décisions.',
  },
  womensRightsOrganisations: {
    en: 'Organisations whose main purpose is to defend and advance women’s rights, often led by women.',
    fr: 'Organisations dont la mission première est de défendre et de faire progresser les droits des femmes, souvent dirigées par des femmes.',
  },
} satisfies Record<string, LocalizedText>);

/** A required question: "don't know" and "not applicable" satisfy `required`. */
function question(id: string, text: LocalizedText, extra: Omit<Question, 'id' | 'text'> = {}): Question {
  return { id, text, required: true, ...extra };
}

/** The 0–4 extent scale of DOMAIN.md, with "don't know" and "not applicable" apart. */
const extentScale = {
  min: 0,
  max: 4,
  labels: [
    { en: 'Not at all', fr: 'Pas du tout' },
    { en: 'To a small extent', fr: 'Dans une faible mesure' },
    { en: 'Partly', fr: 'En partie' },
    { en: 'To a large extent', fr: 'Dans une large mesure' },
    { en: 'Fully', fr: 'Entièrement' },
  ],
  dontKnow: true,
  notApplicable: true,
};

/**
 * The default assessment: ten dimensions in a fixed order (the institutional half D1–D5, then the
 * practice half D6–D10) so that wheel shapes stay comparable between rounds. Deeply frozen.
 */
export const defaultAssessment: Assessment = deepFreeze({
  id: 'ge-institutionalisation',
  version: '1.0.0',
  title: {
    en: 'Gender equality in practice: institutional self-assessment',
    fr: 'L’égalité entre les femmes et les hommes en pratique\u00a0: autoévaluation institutionnelle',
  },
  scale: extentScale,
  dimensions: [
    {
      id: 'political-will',
      label: { en: 'Political will & leadership', fr: 'Volonté politique et leadership' },
      description: {
        en: 'Leaders visibly champion gender equality (GE) and hold the whole organisation to it.',
        fr: 'La direction défend visiblement l’égalité entre les femmes et les hommes (ÉFH) et y engage toute l’organisation.',
      },
      questions: [
        question('pw-1', {
          en: 'Senior management regularly states, in public and internal communications, that GE is a priority for the organisation.',
          fr: 'La haute direction affirme régulièrement, dans ses communications publiques et internes, que l’ÉFH est une priorité pour l’organisation.',
        }),
        question('pw-2', {
          en: 'The executive director has specific GE objectives among their own performance objectives.',
          fr: 'La directrice générale ou le directeur général a des objectifs précis en ÉFH parmi ses propres objectifs de rendement.',
        }),
        question('pw-3', {
          en: 'When GE competes with other priorities, leaders defend the resources set aside for it.',
          fr: 'Quand l’ÉFH entre en concurrence avec d’autres priorités, la direction défend les ressources qui y sont consacrées.',
        }),
        question(
          'pw-4',
          {
            en: 'GE is treated as the job of the gender focal point rather than of management.',
            fr: 'L’ÉFH est considérée comme l’affaire de la personne-ressource en genre plutôt que de la direction.',
          },
          { reverse: true, help: glossary.focalPoint },
        ),
      ],
    },
    {
      id: 'policy',
      label: { en: 'Policy & strategic framework', fr: 'Politique et cadre stratégique' },
      description: {
        en: 'Written GE commitments exist, are up to date and are turned into plans.',
        fr: 'Des engagements écrits en ÉFH existent, sont à jour et se traduisent en plans.',
      },
      questions: [
        question('pol-1', {
          en: 'The organisation has an adopted GE policy (or women’s rights and GE policy) that was reviewed within the last five years.',
          fr: 'L’organisation a une politique en ÉFH (ou en droits des femmes et ÉFH) adoptée et révisée au cours des cinq dernières années.',
        }),
        question('pol-2', {
          en: 'The policy comes with an action plan that has dated targets and named responsibilities.',
          fr: 'La politique est accompagnée d’un plan d’action qui comporte des cibles datées et des responsabilités attribuées.',
        }),
        question('pol-3', {
          en: 'GE objectives appear in the strategic plan and in annual work plans.',
          fr: 'Des objectifs en ÉFH figurent dans le plan stratégique et dans les plans de travail annuels.',
        }),
        question('pol-4', {
          en: 'Staff know where to find the GE policy and what it asks of them.',
          fr: 'Le personnel sait où trouver la politique en ÉFH et ce qu’elle attend de lui.',
        }),
      ],
    },
    {
      id: 'governance',
      label: { en: 'Governance & decision-making', fr: 'Gouvernance et prise de décision' },
      description: {
        en: 'Women and men share decision-making power, and GE is on the formal agenda.',
        fr: 'Les femmes et les hommes partagent le pouvoir de décision, et l’ÉFH est inscrite à l’ordre du jour des instances.',
      },
      questions: [
        question('gov-1', {
          en: 'GE is a standing item on the agenda of board (or executive committee) meetings.',
          fr: 'L’ÉFH est un point permanent à l’ordre du jour des réunions du conseil d’administration (ou du comité de direction).',
        }),
        question('gov-2', {
          en: 'Women and men are fairly balanced on the board and in senior management.',
          fr: 'Les femmes et les hommes sont représentés de façon équilibrée au conseil d’administration et à la haute direction.',
        }),
        question('gov-3', {
          en: 'Decisions on programmes and budgets take into account their different effects on women and on men.',
          fr: 'Les décisions sur les programmes et les budgets tiennent compte de leurs effets différents sur les femmes et sur les hommes.',
        }),
        question('gov-4', {
          en: 'Staff with GE expertise are consulted before major decisions.',
          fr: 'Les membres du personnel qui ont une expertise en ÉFH sont consultés avant les décisions importantes.',
        }),
        question(
          'gov-5',
          {
            en: 'In practice, important decisions are made in informal circles that some staff can hardly reach.',
            fr: 'En pratique, les décisions importantes se prennent dans des cercles informels auxquels certains membres du personnel ont peu accès.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'financial-resources',
      label: { en: 'Financial resources', fr: 'Ressources financières' },
      description: {
        en: 'GE work is budgeted and what is spent on it is tracked.',
        fr: 'Le travail en ÉFH est budgété et les sommes qui y sont consacrées font l’objet d’un suivi.',
      },
      questions: [
        question('fin-1', {
          en: 'A specific budget line, or a set number of staff days per year, is allocated to GE work.',
          fr: 'Une ligne budgétaire précise, ou un nombre fixe de jours-personnes par année, est réservé au travail en ÉFH.',
        }),
        question(
          'fin-2',
          {
            en: 'Project budgets include the cost of gender analysis and of GE activities.',
            fr: 'Les budgets de projet comprennent le coût de l’analyse de genre et des activités en ÉFH.',
          },
          { help: glossary.genderAnalysis },
        ),
        question(
          'fin-3',
          {
            en: 'The organisation can report how much it spends on GE.',
            fr: 'L’organisation est en mesure de dire combien elle consacre à l’ÉFH.',
          },
          { help: glossary.genderBudgeting },
        ),
        question(
          'fin-4',
          {
            en: 'GE activities are the first to be cut when funds are short.',
            fr: 'Les activités en ÉFH sont les premières à être coupées quand les fonds manquent.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'human-resources',
      label: { en: 'Human resources & working conditions', fr: 'Ressources humaines et conditions de travail' },
      description: {
        en: 'HR rules and practices support equality within the organisation.',
        fr: 'Les règles et les pratiques en ressources humaines favorisent l’égalité au sein de l’organisation.',
      },
      questions: [
        question('hr-1', {
          en: 'Recruitment and promotion procedures are designed to prevent gender bias.',
          fr: 'Les processus d’embauche et de promotion sont conçus pour prévenir les biais liés au genre.',
        }),
        question('hr-2', {
          en: 'An active policy against sexual harassment and discrimination is in place, with a confidential complaints process.',
          fr: 'Une politique contre le harcèlement sexuel et la discrimination est appliquée, avec un processus de plainte confidentiel.',
        }),
        question('hr-3', {
          en: 'Work–family balance measures (flexible hours, parental leave, etc.) are open to everyone, whatever their gender.',
          fr: 'Les mesures de conciliation travail-famille (horaires flexibles, congés parentaux, etc.) sont accessibles à toutes et à tous, quel que soit leur genre.',
        }),
        question('hr-4', {
          en: 'Pay and benefits are reviewed for gaps between women and men.',
          fr: 'La rémunération et les avantages sociaux sont examinés pour repérer les écarts entre les femmes et les hommes.',
        }),
        question('hr-5', {
          en: 'GE skills are part of job descriptions and performance reviews.',
          fr: 'Les compétences en ÉFH font partie des descriptions de poste et de l’évaluation du rendement.',
        }),
      ],
    },
    {
      id: 'technical-capacity',
      label: { en: 'Technical capacity & expertise', fr: 'Capacités techniques et expertise' },
      description: {
        en: 'People have the knowledge and the tools to do GE work.',
        fr: 'Les personnes ont les connaissances et les outils nécessaires pour travailler en ÉFH.',
      },
      questions: [
        question('cap-1', {
          en: 'Staff have received GE training within the last two years.',
          fr: 'Le personnel a reçu une formation en ÉFH au cours des deux dernières années.',
        }),
        question(
          'cap-2',
          {
            en: 'A gender focal point or team exists, with enough time and authority to support colleagues.',
            fr: 'Une personne-ressource ou une équipe en genre existe et dispose d’assez de temps et d’autorité pour soutenir ses collègues.',
          },
          { help: glossary.focalPoint },
        ),
        question(
          'cap-3',
          {
            en: 'Staff can carry out a gender analysis in their own area of work.',
            fr: 'Le personnel est capable de faire une analyse de genre dans son propre domaine de travail.',
          },
          { help: glossary.genderAnalysis },
        ),
        question(
          'cap-4',
          {
            en: 'Practical tools (checklists, guides, templates for sex-disaggregated data) are available and used.',
            fr: 'Des outils pratiques (listes de vérification, guides, gabarits pour les données ventilées selon le sexe) sont disponibles et utilisés.',
          },
          { help: glossary.sexDisaggregatedData },
        ),
        question(
          'cap-5',
          {
            en: 'I would not know whom to ask for help on a gender question.',
            fr: 'Je ne saurais pas à qui demander de l’aide pour une question liée au genre.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'organisational-culture',
      label: { en: 'Organisational culture', fr: 'Culture organisationnelle' },
      description: {
        en: 'Everyday norms, attitudes and behaviours support equality.',
        fr: 'Les normes, les attitudes et les comportements au quotidien favorisent l’égalité.',
      },
      questions: [
        question('cul-1', {
          en: 'Women and men on staff feel equally listened to in meetings.',
          fr: 'Les femmes et les hommes du personnel se sentent écoutés de la même façon en réunion.',
        }),
        question('cul-2', {
          en: 'Sexist remarks or jokes are challenged when they happen.',
          fr: 'Les remarques ou les blagues sexistes sont relevées lorsqu’elles surviennent.',
        }),
        question('cul-3', {
          en: 'Raising a GE concern is welcomed rather than seen as troublesome.',
          fr: 'Soulever une préoccupation liée à l’ÉFH est bien accueilli plutôt que perçu comme dérangeant.',
        }),
        question('cul-4', {
          en: 'The organisation takes into account the different situations of staff (gender identity, sexual orientation, disability, origin).',
          fr: 'L’organisation tient compte des situations différentes des membres du personnel (identité de genre, orientation sexuelle, handicap, origine).',
        }),
        question(
          'cul-5',
          {
            en: 'Many colleagues see GE as a requirement imposed from outside by funders.',
            fr: 'Bien des collègues voient l’ÉFH comme une exigence imposée de l’extérieur par les bailleurs de fonds.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'programming',
      label: { en: 'Programming (project cycle)', fr: 'Programmation (cycle de projet)' },
      description: {
        en: 'GE is built in from the first analysis to the final evaluation.',
        fr: 'L’ÉFH est intégrée de l’analyse de départ jusqu’à l’évaluation finale.',
      },
      questions: [
        question(
          'prog-1',
          {
            en: 'Every new project starts with a gender analysis of the context.',
            fr: 'Chaque nouveau projet commence par une analyse de genre du contexte.',
          },
          { help: glossary.genderAnalysis },
        ),
        question(
          'prog-2',
          {
            en: 'Projects set GE results and sex-disaggregated indicators.',
            fr: 'Les projets fixent des résultats en ÉFH et des indicateurs ventilés selon le sexe.',
          },
          { help: glossary.sexDisaggregatedData },
        ),
        question('prog-3', {
          en: 'Both women and men in the communities are consulted when projects are designed.',
          fr: 'Les femmes comme les hommes des communautés sont consultés lors de la conception des projets.',
        }),
        question(
          'prog-4',
          {
            en: 'Projects address both women’s immediate practical needs and changes in power relations (strategic interests).',
            fr: 'Les projets répondent à la fois aux besoins pratiques immédiats des femmes et à la transformation des rapports de pouvoir (intérêts stratégiques).',
          },
          { help: glossary.needsAndInterests },
        ),
        question('prog-5', {
          en: 'Evaluations report on GE results.',
          fr: 'Les évaluations rendent compte des résultats en ÉFH.',
        }),
      ],
    },
    {
      id: 'partnerships',
      label: { en: 'Partnerships', fr: 'Partenariats' },
      description: {
        en: 'GE shapes how partners are chosen, supported and worked with.',
        fr: 'L’ÉFH guide le choix des partenaires, le soutien qui leur est offert et la relation avec eux.',
      },
      questions: [
        question('part-1', {
          en: 'Commitment to GE is a criterion when selecting or renewing partners.',
          fr: 'L’engagement envers l’ÉFH est un critère de sélection ou de renouvellement des partenaires.',
        }),
        question('part-2', {
          en: 'The organisation supports partners in strengthening their GE capacity.',
          fr: 'L’organisation soutient ses partenaires dans le renforcement de leurs capacités en ÉFH.',
        }),
        question('part-3', {
          en: 'Partnership agreements set out GE expectations on both sides.',
          fr: 'Les ententes de partenariat précisent les attentes en ÉFH de part et d’autre.',
        }),
        question(
          'part-4',
          {
            en: 'Women’s rights organisations are among the organisation’s partners.',
            fr: 'Des organisations de défense des droits des femmes font partie des partenaires de l’organisation.',
          },
          { help: glossary.womensRightsOrganisations },
        ),
      ],
    },
    {
      id: 'accountability',
      label: { en: 'Accountability, monitoring & learning', fr: 'Reddition de comptes, suivi et apprentissage' },
      description: {
        en: 'Progress on GE is tracked, reported and learned from.',
        fr: 'Les progrès en ÉFH font l’objet d’un suivi et de comptes rendus, et l’organisation en tire des leçons.',
      },
      questions: [
        question('acc-1', {
          en: 'Progress on the GE action plan is reported to management and the board at least once a year.',
          fr: 'Les progrès du plan d’action en ÉFH sont présentés à la direction et au conseil d’administration au moins une fois par année.',
        }),
        question('acc-2', {
          en: 'Someone is formally accountable for each action in the GE action plan.',
          fr: 'Chaque action du plan d’action en ÉFH relève formellement d’une personne responsable.',
        }),
        question('acc-3', {
          en: 'GE results are shared with staff, partners and members.',
          fr: 'Les résultats en ÉFH sont communiqués au personnel, aux partenaires et aux membres.',
        }),
        question('acc-4', {
          en: 'The organisation repeats its GE self-assessment at regular intervals (e.g. every one to two years).',
          fr: 'L’organisation refait son autoévaluation en ÉFH à intervalles réguliers (par exemple tous les un ou deux ans).',
        }),
      ],
    },
  ],
});

/** The respondent groups of DOMAIN.md, in the order a survey offers them. Deeply frozen. */
export const respondentGroups: RespondentGroup[] = deepFreeze([
  { id: 'staff', label: { en: 'Staff', fr: 'Personnel' } },
  { id: 'management', label: { en: 'Management', fr: 'Direction' } },
  { id: 'board', label: { en: 'Board', fr: 'Conseil d’administration' } },
  { id: 'partner', label: { en: 'Partner', fr: 'Partenaire' } },
  { id: 'volunteer', label: { en: 'Volunteer', fr: 'Bénévole' } },
  { id: 'other', label: { en: 'Other', fr: 'Autre' } },
]);
