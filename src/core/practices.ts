// The bilingual library of concrete GE practices that suggestActions draws from, as frozen data.
import type { Practice } from './types.js';
import { deepFreeze } from './freeze.js';

/*
 * Each dimension (the ten default ones and the two optional modules) has `act` practices, at least
 * one `inform` practice (for a knowledge gap: make known what already exists) and one `clarify`
 * practice (a facilitated discussion, for low agreement). The first ones come from what member
 * organisations of the Community of Practice reported; `days` is a realistic default effort in
 * person-days, which the group adjusts on the action plan. Within a dimension, the order is the
 * order of preference.
 */

/** The built-in practice library. Deeply frozen. */
export const practices: Practice[] = deepFreeze([
  // D1 Political will & leadership
  {
    id: 'pw-management-shared-actions',
    dimensionId: 'political-will',
    kind: 'act',
    days: 2,
    questionIds: ['pw-3', 'pw-4'],
    title: { en: 'Share GE actions across the management team', fr: 'Répartir les actions en ÉFH dans l’équipe de direction' },
    description: {
      en: 'Each manager takes charge of one action of the GE action plan, and GE becomes a recurring item of management meetings, so that it is not left to the focal point alone.',
      fr: 'Chaque membre de la direction prend en charge une action du plan d’action en ÉFH, et l’ÉFH devient un point récurrent des réunions de direction, pour qu’elle ne repose pas sur la seule personne-ressource.',
    },
  },
  {
    id: 'pw-director-objectives',
    dimensionId: 'political-will',
    kind: 'act',
    days: 1,
    questionIds: ['pw-2'],
    title: { en: 'GE objectives in the executive director’s yearly objectives', fr: 'Des objectifs en ÉFH dans les objectifs annuels de la direction générale' },
    description: {
      en: 'The board adds one or two measurable GE objectives to the executive director’s yearly objectives and reviews them at the annual performance review.',
      fr: 'Le conseil d’administration ajoute un ou deux objectifs mesurables en ÉFH aux objectifs annuels de la direction générale et en fait le bilan lors de l’évaluation annuelle du rendement.',
    },
  },
  {
    id: 'pw-yearly-commitment-message',
    dimensionId: 'political-will',
    kind: 'act',
    days: 1,
    questionIds: ['pw-1'],
    title: { en: 'A yearly GE message from the executive director', fr: 'Un message annuel de la direction générale sur l’ÉFH' },
    description: {
      en: 'The executive director sets out the year’s GE priorities to all staff and in the annual report, and reports back on them the following year.',
      fr: 'La direction générale présente les priorités de l’année en ÉFH à tout le personnel et dans le rapport annuel, puis en fait le bilan l’année suivante.',
    },
  },
  {
    id: 'pw-share-commitments',
    dimensionId: 'political-will',
    kind: 'inform',
    days: 1,
    questionIds: ['pw-1', 'pw-2'],
    title: { en: 'Make management’s GE commitments known', fr: 'Faire connaître les engagements de la direction en ÉFH' },
    description: {
      en: 'Gather what management has already committed to on GE (policy, objectives, public statements) in a one-page note, and present it at a staff meeting.',
      fr: 'Rassembler sur une page ce à quoi la direction s’est déjà engagée en ÉFH (politique, objectifs, prises de position publiques) et le présenter lors d’une réunion du personnel.',
    },
  },
  {
    id: 'pw-leadership-dialogue',
    dimensionId: 'political-will',
    kind: 'clarify',
    days: 1.5,
    questionIds: ['pw-1', 'pw-4'],
    title: { en: 'Management–staff dialogue on GE leadership', fr: 'Dialogue entre la direction et le personnel sur le leadership en ÉFH' },
    description: {
      en: 'A facilitated two-hour session where management and staff compare how they see leadership on GE and agree on what visible support would look like.',
      fr: 'Une séance animée de deux heures où la direction et le personnel comparent leur perception du leadership en ÉFH et s’entendent sur ce que serait un appui visible.',
    },
  },

  // D2 Policy & strategic framework
  {
    id: 'pol-participatory-review',
    dimensionId: 'policy',
    kind: 'act',
    days: 10,
    questionIds: ['pol-1'],
    title: { en: 'Participatory review of the GE policy', fr: 'Révision participative de la politique en ÉFH' },
    description: {
      en: 'Staff, board members and partners review the GE policy together in workshops; the updated version is adopted by the board.',
      fr: 'Le personnel, des membres du conseil d’administration et des partenaires révisent ensemble la politique en ÉFH lors d’ateliers; la version mise à jour est adoptée par le conseil.',
    },
  },
  {
    id: 'pol-action-plan',
    dimensionId: 'policy',
    kind: 'act',
    days: 4,
    questionIds: ['pol-2'],
    title: { en: 'A GE action plan with dated targets', fr: 'Un plan d’action en ÉFH avec des cibles datées' },
    description: {
      en: 'Turn the policy into a one- to three-year action plan with dated targets, a named person responsible for each action and the person-days it needs.',
      fr: 'Traduire la politique en un plan d’action sur un à trois ans, avec des cibles datées, une personne responsable pour chaque action et les jours-personnes nécessaires.',
    },
  },
  {
    id: 'pol-team-work-plans',
    dimensionId: 'policy',
    kind: 'act',
    days: 2,
    questionIds: ['pol-3'],
    title: { en: 'GE objectives in every team work plan', fr: 'Des objectifs en ÉFH dans le plan de travail de chaque équipe' },
    description: {
      en: 'Each team includes at least one objective of the GE action plan in its annual work plan, and the strategic plan names the GE results it aims for.',
      fr: 'Chaque équipe inscrit au moins un objectif du plan d’action en ÉFH dans son plan de travail annuel, et le plan stratégique précise les résultats visés en ÉFH.',
    },
  },
  {
    id: 'pol-policy-briefing',
    dimensionId: 'policy',
    kind: 'inform',
    days: 2,
    questionIds: ['pol-4'],
    title: { en: 'Present the GE policy to everyone', fr: 'Présenter la politique en ÉFH à tout le monde' },
    description: {
      en: 'A short presentation and a two-page summary of the policy in French and English, easy to find on the intranet and part of onboarding for new staff and volunteers.',
      fr: 'Une courte présentation et un résumé de deux pages de la politique, en français et en anglais, faciles à trouver dans l’intranet et intégrés à l’accueil des nouveaux membres du personnel et des bénévoles.',
    },
  },
  {
    id: 'pol-meaning-discussion',
    dimensionId: 'policy',
    kind: 'clarify',
    days: 1,
    questionIds: ['pol-3', 'pol-4'],
    title: { en: 'Discussion: what the policy asks of each of us', fr: 'Discussion\u00a0: ce que la politique attend de chacun et chacune' },
    description: {
      en: 'A facilitated discussion where each team reads key passages of the policy and agrees on what they mean for its own work.',
      fr: 'Une discussion animée où chaque équipe lit des passages clés de la politique et s’entend sur ce qu’ils signifient pour son propre travail.',
    },
  },

  // D3 Governance & decision-making
  {
    id: 'gov-standing-agenda-item',
    dimensionId: 'governance',
    kind: 'act',
    days: 1,
    questionIds: ['gov-1'],
    title: { en: 'A standing GE item on the board agenda', fr: 'Un point permanent sur l’ÉFH à l’ordre du jour du conseil' },
    description: {
      en: 'GE becomes a permanent item of every board (or executive committee) meeting, with a short update from the person responsible for the GE action plan.',
      fr: 'L’ÉFH devient un point permanent de chaque réunion du conseil d’administration (ou du comité de direction), avec une brève mise à jour de la personne responsable du plan d’action en ÉFH.',
    },
  },
  {
    id: 'gov-co-chairs',
    dimensionId: 'governance',
    kind: 'act',
    days: 3,
    questionIds: ['gov-2'],
    title: { en: 'Female–male co-chairs of the board', fr: 'Une coprésidence femme-homme du conseil d’administration' },
    description: {
      en: 'Amend the by-laws or the board’s rules so that the board and its committees are co-chaired by a woman and a man, and aim for balance in nominations.',
      fr: 'Modifier les règlements généraux ou les règles du conseil pour que le conseil et ses comités soient coprésidés par une femme et un homme, et viser l’équilibre dans les mises en candidature.',
    },
  },
  {
    id: 'gov-decision-check',
    dimensionId: 'governance',
    kind: 'act',
    days: 2,
    questionIds: ['gov-3', 'gov-4'],
    title: { en: 'A GE question in every decision note', fr: 'Une question sur l’ÉFH dans chaque note de décision' },
    description: {
      en: 'Add the question “What are the different effects on women and men?” to the template of board and management decision notes, and consult the GE focal point before major decisions.',
      fr: 'Ajouter la question «\u00a0Quels sont les effets différents sur les femmes et sur les hommes?\u00a0» au gabarit des notes de décision du conseil et de la direction, et consulter la personne-ressource en ÉFH avant les décisions importantes.',
    },
  },
  {
    id: 'gov-open-decisions',
    dimensionId: 'governance',
    kind: 'inform',
    days: 1.5,
    questionIds: ['gov-5', 'gov-1'],
    title: { en: 'Explain how decisions are made', fr: 'Expliquer comment les décisions se prennent' },
    description: {
      en: 'Share the calendar of decision-making bodies, a summary of their decisions, and how staff can bring an issue to them.',
      fr: 'Diffuser le calendrier des instances de décision, un résumé de leurs décisions et la façon dont le personnel peut leur soumettre une question.',
    },
  },
  {
    id: 'gov-decision-mapping',
    dimensionId: 'governance',
    kind: 'clarify',
    days: 1.5,
    questionIds: ['gov-5', 'gov-4'],
    title: { en: 'Mapping who really decides', fr: 'Cartographier qui décide vraiment' },
    description: {
      en: 'With staff and management, map where decisions are actually made, formally and informally, and who has access; then agree on changes.',
      fr: 'Avec le personnel et la direction, repérer où les décisions se prennent réellement, de façon formelle et informelle, et qui y a accès; puis s’entendre sur des changements.',
    },
  },

  // D4 Financial resources
  {
    id: 'fin-person-days',
    dimensionId: 'financial-resources',
    kind: 'act',
    days: 2,
    questionIds: ['fin-1'],
    title: { en: 'Person-days per year for GE in work plans', fr: 'Des jours-personnes par année pour l’ÉFH dans les plans de travail' },
    description: {
      en: 'Set a number of person-days per year reserved for GE work (some members chose 50) and spread them across the teams’ work plans.',
      fr: 'Fixer un nombre de jours-personnes par année réservés au travail en ÉFH (certains membres en ont prévu 50) et les répartir dans les plans de travail des équipes.',
    },
  },
  {
    id: 'fin-project-budget-lines',
    dimensionId: 'financial-resources',
    kind: 'act',
    days: 2,
    questionIds: ['fin-2'],
    title: { en: 'GE lines in every project budget', fr: 'Des lignes en ÉFH dans chaque budget de projet' },
    description: {
      en: 'Add lines for gender analysis and GE activities to the project budget template, and check them when projects are approved.',
      fr: 'Ajouter des lignes pour l’analyse de genre et les activités en ÉFH au gabarit de budget de projet, et les vérifier à l’approbation des projets.',
    },
  },
  {
    id: 'fin-tag-spending',
    dimensionId: 'financial-resources',
    kind: 'act',
    days: 4,
    questionIds: ['fin-3'],
    title: { en: 'Tag GE spending', fr: 'Repérer les dépenses en ÉFH' },
    description: {
      en: 'Mark GE budget lines and staff time with accounting and timesheet codes, so that GE spending can be reported once a year.',
      fr: 'Associer les lignes budgétaires et le temps de travail consacrés à l’ÉFH à des codes comptables et de feuilles de temps, pour pouvoir rendre compte des dépenses en ÉFH une fois par année.',
    },
  },
  {
    id: 'fin-protect-budget',
    dimensionId: 'financial-resources',
    kind: 'act',
    days: 1,
    questionIds: ['fin-4'],
    title: { en: 'Protect the GE budget', fr: 'Protéger le budget en ÉFH' },
    description: {
      en: 'A board resolution that any cut to GE resources needs the explicit approval of the board, with its reasons recorded.',
      fr: 'Une résolution du conseil d’administration selon laquelle toute réduction des ressources en ÉFH exige son approbation explicite, motifs à l’appui.',
    },
  },
  {
    id: 'fin-resources-summary',
    dimensionId: 'financial-resources',
    kind: 'inform',
    days: 1.5,
    questionIds: ['fin-3', 'fin-1'],
    title: { en: 'Show what is spent on GE', fr: 'Montrer ce qui est consacré à l’ÉFH' },
    description: {
      en: 'Present to staff and the board a one-page summary of the resources already devoted to GE: budget lines, person-days, funded projects.',
      fr: 'Présenter au personnel et au conseil un résumé d’une page des ressources déjà consacrées à l’ÉFH\u00a0: lignes budgétaires, jours-personnes, projets financés.',
    },
  },
  {
    id: 'fin-needs-discussion',
    dimensionId: 'financial-resources',
    kind: 'clarify',
    days: 1,
    questionIds: ['fin-1', 'fin-4'],
    title: { en: 'Discussion: what GE work really needs', fr: 'Discussion\u00a0: ce dont le travail en ÉFH a vraiment besoin' },
    description: {
      en: 'A facilitated session with finance, programmes and the GE focal point to agree on the resources GE needs and on which trade-offs are acceptable.',
      fr: 'Une séance animée réunissant les finances, les programmes et la personne-ressource en ÉFH pour s’entendre sur les ressources nécessaires et sur les compromis acceptables.',
    },
  },

  // D5 Human resources & working conditions
  {
    id: 'hr-staff-work-plans',
    dimensionId: 'human-resources',
    kind: 'act',
    days: 3,
    questionIds: ['hr-5'],
    title: { en: 'GE items in each staff member’s work plan', fr: 'Des éléments en ÉFH dans le plan de travail de chaque membre du personnel' },
    description: {
      en: 'Every staff member has at least one GE item in their annual work plan, discussed at the performance review; job descriptions mention the GE skills expected.',
      fr: 'Chaque membre du personnel a au moins un élément en ÉFH dans son plan de travail annuel, abordé lors de l’évaluation du rendement; les descriptions de poste précisent les compétences attendues en ÉFH.',
    },
  },
  {
    id: 'hr-recruitment-review',
    dimensionId: 'human-resources',
    kind: 'act',
    days: 3,
    questionIds: ['hr-1'],
    title: { en: 'Check recruitment and promotion for gender bias', fr: 'Vérifier l’embauche et la promotion sous l’angle des biais de genre' },
    description: {
      en: 'Review job postings, interview grids and promotion criteria for gender bias, and use mixed interview panels.',
      fr: 'Examiner les offres d’emploi, les grilles d’entrevue et les critères de promotion pour repérer les biais de genre, et former des comités de sélection mixtes.',
    },
  },
  {
    id: 'hr-pay-review',
    dimensionId: 'human-resources',
    kind: 'act',
    days: 4,
    questionIds: ['hr-4'],
    title: { en: 'Pay equity review', fr: 'Exercice d’équité salariale' },
    description: {
      en: 'Compare pay and benefits of women and men by job category, and correct any gap that cannot be justified.',
      fr: 'Comparer la rémunération et les avantages sociaux des femmes et des hommes par catégorie d’emploi, et corriger les écarts injustifiés.',
    },
  },
  {
    id: 'hr-harassment-process',
    dimensionId: 'human-resources',
    kind: 'act',
    days: 4,
    questionIds: ['hr-2'],
    title: { en: 'Update the harassment policy and complaints process', fr: 'Mettre à jour la politique contre le harcèlement et le processus de plainte' },
    description: {
      en: 'Update the policy against harassment and discrimination, name an internal trusted person and an external resource for confidential complaints, and train managers.',
      fr: 'Mettre à jour la politique contre le harcèlement et la discrimination, désigner une personne de confiance à l’interne et une ressource externe pour les plaintes confidentielles, et former les gestionnaires.',
    },
  },
  {
    id: 'hr-measures-guide',
    dimensionId: 'human-resources',
    kind: 'inform',
    days: 1.5,
    questionIds: ['hr-2', 'hr-3'],
    title: { en: 'A short guide to existing HR measures', fr: 'Un court guide des mesures existantes en ressources humaines' },
    description: {
      en: 'Explain in a short guide, at onboarding and on the intranet, the measures that already exist: work–family balance, parental leave, the harassment complaints process.',
      fr: 'Présenter dans un court guide, à l’accueil et dans l’intranet, les mesures qui existent déjà\u00a0: conciliation travail-famille, congés parentaux, processus de plainte en matière de harcèlement.',
    },
  },
  {
    id: 'hr-conditions-dialogue',
    dimensionId: 'human-resources',
    kind: 'clarify',
    days: 1.5,
    questionIds: ['hr-3', 'hr-1'],
    title: { en: 'Discussion on working conditions', fr: 'Discussion sur les conditions de travail' },
    description: {
      en: 'A facilitated discussion, starting from anonymous input, on how women and men actually use the HR measures and what would make them fair for everyone.',
      fr: 'Une discussion animée, à partir de commentaires anonymes, sur la façon dont les femmes et les hommes utilisent réellement les mesures en ressources humaines et sur ce qui les rendrait équitables pour tout le monde.',
    },
  },

  // D6 Technical capacity & expertise
  {
    id: 'cap-french-training-kits',
    dimensionId: 'technical-capacity',
    kind: 'act',
    days: 6,
    questionIds: ['cap-1', 'cap-3'],
    title: { en: 'Yearly GE training with French-language kits', fr: 'Une formation annuelle en ÉFH avec des trousses en français' },
    description: {
      en: 'A yearly GE training for staff and volunteers, using training kits in French (and English) adapted to the organisation’s work.',
      fr: 'Une formation annuelle en ÉFH pour le personnel et les bénévoles, à l’aide de trousses de formation en français (et en anglais) adaptées au travail de l’organisation.',
    },
  },
  {
    id: 'cap-peer-support-groups',
    dimensionId: 'technical-capacity',
    kind: 'act',
    days: 5,
    questionIds: ['cap-3', 'cap-2'],
    title: { en: 'Peer support groups', fr: 'Des groupes d’entraide entre pairs' },
    description: {
      en: 'Join or start peer support groups with other organisations (e.g. in the Community of Practice) on GE monitoring and evaluation, institutionalisation and masculinities.',
      fr: 'Rejoindre ou lancer, avec d’autres organisations (par exemple dans la communauté de pratique), des groupes d’entraide sur le suivi et l’évaluation en ÉFH, l’institutionnalisation et les masculinités.',
    },
  },
  {
    id: 'cap-focal-point-mandate',
    dimensionId: 'technical-capacity',
    kind: 'act',
    days: 2,
    questionIds: ['cap-2'],
    title: { en: 'A clear mandate for the gender focal point', fr: 'Un mandat clair pour la personne-ressource en genre' },
    description: {
      en: 'Give the focal point (or team) a written mandate, a set share of working time and direct access to management.',
      fr: 'Donner à la personne-ressource (ou à l’équipe) un mandat écrit, une part fixe de son temps de travail et un accès direct à la direction.',
    },
  },
  {
    id: 'cap-toolbox',
    dimensionId: 'technical-capacity',
    kind: 'act',
    days: 4,
    questionIds: ['cap-4'],
    title: { en: 'A practical GE toolbox', fr: 'Une boîte à outils pratique en ÉFH' },
    description: {
      en: 'Gather checklists, a gender analysis guide and sex-disaggregated data templates in one shared place, and show teams how to use them.',
      fr: 'Rassembler en un seul endroit partagé des listes de vérification, un guide d’analyse de genre et des gabarits de données ventilées selon le sexe, et montrer aux équipes comment s’en servir.',
    },
  },
  {
    id: 'cap-who-to-ask',
    dimensionId: 'technical-capacity',
    kind: 'inform',
    days: 0.5,
    questionIds: ['cap-5', 'cap-2', 'cap-4'],
    title: { en: 'Tell everyone whom to ask', fr: 'Dire à tout le monde à qui s’adresser' },
    description: {
      en: 'Announce who the gender focal point is, what they can help with and how to reach them, and where the existing tools and outside resources are.',
      fr: 'Faire savoir qui est la personne-ressource en genre, pour quoi elle peut aider et comment la joindre, ainsi que l’endroit où se trouvent les outils et les ressources externes.',
    },
  },
  {
    id: 'cap-skills-discussion',
    dimensionId: 'technical-capacity',
    kind: 'clarify',
    days: 1,
    questionIds: ['cap-3', 'cap-1'],
    title: { en: 'Discussion of GE skill needs', fr: 'Discussion sur les besoins de compétences en ÉFH' },
    description: {
      en: 'A short facilitated session where teams say which GE tasks they find hard, so that training and support target real needs.',
      fr: 'Une courte séance animée où les équipes nomment les tâches en ÉFH qu’elles trouvent difficiles, pour que la formation et le soutien répondent aux besoins réels.',
    },
  },

  // D7 Organisational culture
  {
    id: 'cul-engaging-men-workshops',
    dimensionId: 'organisational-culture',
    kind: 'act',
    days: 4,
    questionIds: ['cul-5', 'cul-2'],
    title: { en: 'Workshops on engaging men', fr: 'Des ateliers sur l’engagement des hommes' },
    description: {
      en: 'Workshops with men on staff and among volunteers on masculinities and on their role in advancing GE.',
      fr: 'Des ateliers avec les hommes du personnel et les bénévoles sur les masculinités et sur leur rôle dans l’avancement de l’ÉFH.',
    },
  },
  {
    id: 'cul-fair-meetings',
    dimensionId: 'organisational-culture',
    kind: 'act',
    days: 1,
    questionIds: ['cul-1'],
    title: { en: 'Fair meeting practices', fr: 'Des réunions plus équitables' },
    description: {
      en: 'Rotate facilitation and note-taking, watch the balance of speaking time and make room for those who speak less.',
      fr: 'Faire tourner l’animation et la prise de notes, surveiller l’équilibre du temps de parole et faire de la place aux personnes qui s’expriment moins.',
    },
  },
  {
    id: 'cul-bystander-training',
    dimensionId: 'organisational-culture',
    kind: 'act',
    days: 2,
    questionIds: ['cul-2', 'cul-3'],
    title: { en: 'Training: responding to sexist remarks', fr: 'Formation\u00a0: réagir aux propos sexistes' },
    description: {
      en: 'A short practical training on how to respond, as a witness, to sexist remarks or jokes, and on how to welcome a colleague who raises a GE concern.',
      fr: 'Une courte formation pratique pour savoir réagir, comme témoin, aux remarques ou aux blagues sexistes, et pour bien accueillir une ou un collègue qui soulève une préoccupation en ÉFH.',
    },
  },
  {
    id: 'cul-why-ge-matters',
    dimensionId: 'organisational-culture',
    kind: 'inform',
    days: 1,
    questionIds: ['cul-5'],
    title: { en: 'Share why GE matters to our mission', fr: 'Expliquer pourquoi l’ÉFH compte pour notre mission' },
    description: {
      en: 'Present the organisation’s own reasons for GE (its mission, partners’ voices, project results) at a team meeting and in internal news, beyond funders’ requirements.',
      fr: 'Présenter les raisons propres à l’organisation de s’engager en ÉFH (sa mission, la parole des partenaires, les résultats des projets) en réunion d’équipe et dans les nouvelles internes, au-delà des exigences des bailleurs de fonds.',
    },
  },
  {
    id: 'cul-culture-dialogue',
    dimensionId: 'organisational-culture',
    kind: 'clarify',
    days: 1.5,
    questionIds: ['cul-3', 'cul-1', 'cul-4'],
    title: { en: 'Discussion: what is it like to raise a GE concern here?', fr: 'Discussion\u00a0: comment est-ce de soulever une question d’ÉFH ici?' },
    description: {
      en: 'A facilitated discussion in small mixed groups, starting from anonymous input, on everyday experiences at work and on the norms the team wants.',
      fr: 'Une discussion animée en petits groupes mixtes, à partir de commentaires anonymes, sur les expériences vécues au quotidien et sur les normes que l’équipe souhaite se donner.',
    },
  },

  // D8 Programming (project cycle)
  {
    id: 'prog-cycle-guide',
    dimensionId: 'programming',
    kind: 'act',
    days: 8,
    questionIds: ['prog-1', 'prog-2', 'prog-5'],
    title: { en: 'A guide for GE across the programme cycle', fr: 'Un guide de l’ÉFH à chaque étape du cycle de programme' },
    description: {
      en: 'A short guide with steps and tools for each phase: gender analysis, planning, indicators, monitoring and evaluation.',
      fr: 'Un court guide qui propose des étapes et des outils pour chaque phase\u00a0: analyse de genre, planification, indicateurs, suivi et évaluation.',
    },
  },
  {
    id: 'prog-gender-analysis-step',
    dimensionId: 'programming',
    kind: 'act',
    days: 3,
    questionIds: ['prog-1'],
    title: { en: 'Gender analysis as a required step', fr: 'L’analyse de genre comme étape obligatoire' },
    description: {
      en: 'Make a gender analysis of the context a required step before a project is approved, with a simple template.',
      fr: 'Faire de l’analyse de genre du contexte une étape obligatoire avant l’approbation d’un projet, avec un gabarit simple.',
    },
  },
  {
    id: 'prog-results-indicators',
    dimensionId: 'programming',
    kind: 'act',
    days: 3,
    questionIds: ['prog-2', 'prog-4', 'prog-5'],
    title: { en: 'GE results and sex-disaggregated indicators', fr: 'Des résultats en ÉFH et des indicateurs ventilés selon le sexe' },
    description: {
      en: 'Each new logic model includes at least one GE result and sex-disaggregated indicators, and evaluation terms of reference ask about them.',
      fr: 'Chaque nouveau cadre logique comprend au moins un résultat en ÉFH et des indicateurs ventilés selon le sexe, et les termes de référence des évaluations en tiennent compte.',
    },
  },
  {
    id: 'prog-women-consultations',
    dimensionId: 'programming',
    kind: 'act',
    days: 3,
    questionIds: ['prog-3'],
    title: { en: 'Separate consultations with women', fr: 'Des consultations distinctes avec les femmes' },
    description: {
      en: 'When designing a project, hold separate consultation sessions with women, at times and places that suit them.',
      fr: 'Lors de la conception d’un projet, tenir des séances de consultation distinctes avec les femmes, à des moments et dans des lieux qui leur conviennent.',
    },
  },
  {
    id: 'prog-share-good-projects',
    dimensionId: 'programming',
    kind: 'inform',
    days: 1,
    questionIds: ['prog-5', 'prog-1'],
    title: { en: 'Share projects that did GE well', fr: 'Faire connaître des projets exemplaires en ÉFH' },
    description: {
      en: 'Present two or three projects that integrated GE well (what was done, what it cost, what changed) at a programme team meeting.',
      fr: 'Présenter, lors d’une réunion de l’équipe des programmes, deux ou trois projets qui ont bien intégré l’ÉFH\u00a0: ce qui a été fait, ce que cela a coûté, ce qui a changé.',
    },
  },
  {
    id: 'prog-needs-interests-review',
    dimensionId: 'programming',
    kind: 'clarify',
    days: 1.5,
    questionIds: ['prog-4'],
    title: { en: 'Discussion: practical needs or strategic interests?', fr: 'Discussion\u00a0: besoins pratiques ou intérêts stratégiques?' },
    description: {
      en: 'A facilitated review of current projects that places each between practical needs and strategic interests, and agrees on where to go further.',
      fr: 'Un examen animé des projets en cours pour situer chacun entre besoins pratiques et intérêts stratégiques, et s’entendre sur les endroits où aller plus loin.',
    },
  },

  // D9 Partnerships
  {
    id: 'part-field-webinars',
    dimensionId: 'partnerships',
    kind: 'act',
    days: 5,
    questionIds: ['part-2'],
    title: { en: 'Webinars with partners in the field', fr: 'Des webinaires avec les partenaires sur le terrain' },
    description: {
      en: 'A series of webinars with partners in the field to exchange GE practices and tools, in French and in the other languages needed.',
      fr: 'Une série de webinaires avec les partenaires sur le terrain pour échanger des pratiques et des outils en ÉFH, en français et dans les autres langues nécessaires.',
    },
  },
  {
    id: 'part-selection-criterion',
    dimensionId: 'partnerships',
    kind: 'act',
    days: 2,
    questionIds: ['part-1'],
    title: { en: 'GE in the partner selection criteria', fr: 'L’ÉFH dans les critères de sélection des partenaires' },
    description: {
      en: 'Add commitment to GE to the grid used to select and renew partners, with support offered rather than exclusion.',
      fr: 'Ajouter l’engagement envers l’ÉFH à la grille de sélection et de renouvellement des partenaires, en misant sur l’accompagnement plutôt que sur l’exclusion.',
    },
  },
  {
    id: 'part-agreement-clause',
    dimensionId: 'partnerships',
    kind: 'act',
    days: 2,
    questionIds: ['part-3'],
    title: { en: 'A GE clause in partnership agreements', fr: 'Une clause sur l’ÉFH dans les ententes de partenariat' },
    description: {
      en: 'Set out mutual GE expectations and the support offered in the template for partnership agreements.',
      fr: 'Préciser les attentes mutuelles en ÉFH et le soutien offert dans le modèle d’entente de partenariat.',
    },
  },
  {
    id: 'part-womens-rights-organisations',
    dimensionId: 'partnerships',
    kind: 'act',
    days: 5,
    questionIds: ['part-4'],
    title: { en: 'Reach out to women’s rights organisations', fr: 'Aller vers les organisations de défense des droits des femmes' },
    description: {
      en: 'Map women’s rights organisations in the countries where the organisation works and open at least one new partnership or collaboration.',
      fr: 'Repérer les organisations de défense des droits des femmes dans les pays d’intervention et amorcer au moins un nouveau partenariat ou une nouvelle collaboration.',
    },
  },
  {
    id: 'part-explain-expectations',
    dimensionId: 'partnerships',
    kind: 'inform',
    days: 1.5,
    questionIds: ['part-3', 'part-1'],
    title: { en: 'Explain our GE expectations to partners', fr: 'Expliquer nos attentes en ÉFH aux partenaires' },
    description: {
      en: 'Share the GE policy and what it means for partners, in a short summary in the partners’ languages, at the start of every partnership.',
      fr: 'Communiquer la politique en ÉFH et ce qu’elle implique pour les partenaires, dans un court résumé dans leurs langues, au début de chaque partenariat.',
    },
  },
  {
    id: 'part-partner-dialogue',
    dimensionId: 'partnerships',
    kind: 'clarify',
    days: 2,
    questionIds: ['part-1', 'part-2'],
    title: { en: 'Dialogue with partners on GE', fr: 'Dialogue avec les partenaires sur l’ÉFH' },
    description: {
      en: 'A facilitated conversation where partners say how they see the partnership on GE, leading to mutual commitments.',
      fr: 'Une conversation animée où les partenaires expriment leur vision du partenariat en matière d’ÉFH, menant à des engagements mutuels.',
    },
  },

  // D10 Accountability, monitoring & learning
  {
    id: 'acc-yearly-follow-up',
    dimensionId: 'accountability',
    kind: 'act',
    days: 2,
    questionIds: ['acc-1'],
    title: { en: 'A yearly follow-up meeting of the GE action plan', fr: 'Une rencontre annuelle de suivi du plan d’action en ÉFH' },
    description: {
      en: 'Once a year, management, the focal point and staff representatives review each action of the plan; the results go to the board.',
      fr: 'Une fois par année, la direction, la personne-ressource et des représentantes et représentants du personnel font le point sur chaque action du plan; les résultats sont présentés au conseil.',
    },
  },
  {
    id: 'acc-named-owners',
    dimensionId: 'accountability',
    kind: 'act',
    days: 1,
    questionIds: ['acc-2'],
    title: { en: 'A named owner for every action', fr: 'Une personne responsable pour chaque action' },
    description: {
      en: 'Each action of the GE action plan gets a named person responsible, a due date and an indicator.',
      fr: 'Chaque action du plan d’action en ÉFH reçoit une personne responsable, une échéance et un indicateur.',
    },
  },
  {
    id: 'acc-schedule-next-round',
    dimensionId: 'accountability',
    kind: 'act',
    days: 0.5,
    questionIds: ['acc-4'],
    title: { en: 'Schedule the next self-assessment', fr: 'Planifier la prochaine autoévaluation' },
    description: {
      en: 'Put the next round of the Socratic Wheel (in 12 to 24 months) in the calendar and the budget, with the same questions.',
      fr: 'Inscrire la prochaine ronde de la roue socratique (dans 12 à 24 mois) au calendrier et au budget, avec les mêmes questions.',
    },
  },
  {
    id: 'acc-share-results',
    dimensionId: 'accountability',
    kind: 'inform',
    days: 2,
    questionIds: ['acc-3', 'acc-1'],
    title: { en: 'Share GE results', fr: 'Faire connaître les résultats en ÉFH' },
    description: {
      en: 'A short yearly note on GE results for staff, partners and members, also presented in the annual report and at the annual general meeting.',
      fr: 'Une courte note annuelle sur les résultats en ÉFH pour le personnel, les partenaires et les membres, présentée aussi dans le rapport annuel et à l’assemblée générale annuelle.',
    },
  },
  {
    id: 'acc-tracking-discussion',
    dimensionId: 'accountability',
    kind: 'clarify',
    days: 1,
    questionIds: ['acc-1', 'acc-2'],
    title: { en: 'Discussion: how do we track GE?', fr: 'Discussion\u00a0: comment suivons-nous l’ÉFH?' },
    description: {
      en: 'A facilitated discussion to agree on what progress means, who reports to whom and how often.',
      fr: 'Une discussion animée pour s’entendre sur ce que signifie progresser, sur qui rend des comptes à qui et à quelle fréquence.',
    },
  },

  // D11 Communications & advocacy (optional module)
  {
    id: 'com-inclusive-writing-guide',
    dimensionId: 'communications',
    kind: 'act',
    days: 3,
    questionIds: ['com-2'],
    title: { en: 'An inclusive writing guide', fr: 'Un guide d’écriture inclusive' },
    description: {
      en: 'A short guide on non-sexist language and images in French and English, with a training session for the people who write.',
      fr: 'Un court guide sur le langage et les images non sexistes en français et en anglais, accompagné d’une formation pour les personnes qui rédigent.',
    },
  },
  {
    id: 'com-image-review',
    dimensionId: 'communications',
    kind: 'act',
    days: 2,
    questionIds: ['com-1', 'com-4'],
    title: { en: 'Review images and stories before publication', fr: 'Vérifier les images et les récits avant publication' },
    description: {
      en: 'Check photos and stories against a short checklist before they are published: varied roles, dignity, consent, no portrayal as victims only.',
      fr: 'Passer les photos et les récits au crible d’une courte liste de vérification avant publication\u00a0: rôles variés, dignité, consentement, aucune représentation uniquement comme victimes.',
    },
  },
  {
    id: 'com-advocacy-campaign',
    dimensionId: 'communications',
    kind: 'act',
    days: 4,
    questionIds: ['com-3'],
    title: { en: 'Join a women’s rights advocacy campaign', fr: 'Participer à une campagne de plaidoyer pour les droits des femmes' },
    description: {
      en: 'Take part each year in at least one joint advocacy campaign on women’s rights, for example during the 12 days of action against violence against women.',
      fr: 'Participer chaque année à au moins une campagne de plaidoyer commune sur les droits des femmes, par exemple lors des 12 jours d’action contre les violences faites aux femmes.',
    },
  },
  {
    id: 'com-share-guidelines',
    dimensionId: 'communications',
    kind: 'inform',
    days: 1,
    questionIds: ['com-2', 'com-1'],
    title: { en: 'Make the communication guidelines known', fr: 'Faire connaître les lignes directrices en communication' },
    description: {
      en: 'Present the existing guidelines on images and language to everyone who produces content: staff, volunteers and partners.',
      fr: 'Présenter les lignes directrices existantes sur les images et le langage à toutes les personnes qui produisent du contenu\u00a0: personnel, bénévoles et partenaires.',
    },
  },
  {
    id: 'com-portrayal-discussion',
    dimensionId: 'communications',
    kind: 'clarify',
    days: 1,
    questionIds: ['com-4'],
    title: { en: 'Fundraising and programmes: how we portray women', fr: 'Collecte de fonds et programmes\u00a0: comment nous représentons les femmes' },
    description: {
      en: 'A facilitated discussion between fundraising and programme staff on showing women of the Global South with dignity while raising funds.',
      fr: 'Une discussion animée entre les équipes de la collecte de fonds et des programmes sur la façon de montrer les femmes des pays du Sud avec dignité tout en recueillant des fonds.',
    },
  },

  // D12 Diversity & inclusion (optional module)
  {
    id: 'div-intersectional-analysis',
    dimensionId: 'diversity',
    kind: 'act',
    days: 3,
    questionIds: ['div-1', 'div-5'],
    title: { en: 'An intersectional lens in gender analyses', fr: 'Une approche intersectionnelle dans les analyses de genre' },
    description: {
      en: 'Add questions on age, disability, origin, sexual orientation and gender identity to the gender analysis template (in the spirit of GBA Plus).',
      fr: 'Ajouter des questions sur l’âge, le handicap, l’origine, l’orientation sexuelle et l’identité de genre au gabarit d’analyse de genre (dans l’esprit de l’ADS+).',
    },
  },
  {
    id: 'div-lgbtqi-inclusion',
    dimensionId: 'diversity',
    kind: 'act',
    days: 4,
    questionIds: ['div-2'],
    title: { en: 'LGBTQI+ inclusion measures', fr: 'Des mesures d’inclusion des personnes LGBTQI+' },
    description: {
      en: 'Inclusive forms (gender options, chosen name), explicit protection in HR policies and training, with care for safety in countries where LGBTQI+ people are criminalised.',
      fr: 'Des formulaires inclusifs (choix de genre, prénom choisi), une protection explicite dans les politiques de ressources humaines et de la formation, en tenant compte de la sécurité dans les pays où les personnes LGBTQI+ sont criminalisées.',
    },
  },
  {
    id: 'div-accessibility-check',
    dimensionId: 'diversity',
    kind: 'act',
    days: 4,
    questionIds: ['div-3'],
    title: { en: 'An accessibility check', fr: 'Une vérification de l’accessibilité' },
    description: {
      en: 'Check offices, events and documents for accessibility to people with disabilities, and fix the most important barriers first.',
      fr: 'Vérifier l’accessibilité des locaux, des activités et des documents pour les personnes en situation de handicap, et lever d’abord les obstacles les plus importants.',
    },
  },
  {
    id: 'div-inclusive-recruitment',
    dimensionId: 'diversity',
    kind: 'act',
    days: 3,
    questionIds: ['div-4'],
    title: { en: 'Inclusive recruitment', fr: 'Un recrutement inclusif' },
    description: {
      en: 'Post positions and board calls in networks of racialised people and people with disabilities, mention accommodation, and follow representation over time.',
      fr: 'Diffuser les offres d’emploi et les appels de candidatures au conseil dans les réseaux de personnes racisées et de personnes en situation de handicap, mentionner les mesures d’adaptation et suivre la représentation dans le temps.',
    },
  },
  {
    id: 'div-share-resources',
    dimensionId: 'diversity',
    kind: 'inform',
    days: 1,
    questionIds: ['div-2', 'div-3'],
    title: { en: 'Share inclusion policies and resources', fr: 'Faire connaître les politiques et les ressources d’inclusion' },
    description: {
      en: 'Tell staff and volunteers about the existing policies, accommodation measures, resources and contacts on diversity and inclusion.',
      fr: 'Informer le personnel et les bénévoles des politiques, des mesures d’adaptation, des ressources et des personnes-ressources existantes en matière de diversité et d’inclusion.',
    },
  },
  {
    id: 'div-intersectionality-dialogue',
    dimensionId: 'diversity',
    kind: 'clarify',
    days: 1.5,
    questionIds: ['div-1', 'div-5'],
    title: { en: 'Discussion: intersectionality in our work', fr: 'Discussion\u00a0: l’intersectionnalité dans notre travail' },
    description: {
      en: 'A facilitated discussion on what intersectionality means for the organisation and in partner contexts, especially where views differ.',
      fr: 'Une discussion animée sur ce que l’intersectionnalité signifie pour l’organisation et dans les contextes des partenaires, surtout là où les points de vue divergent.',
    },
  },
]);
