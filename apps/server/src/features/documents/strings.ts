import type { AssignmentRole, ReportType, UiLocale } from '@tatabbu/domain';

type Text = Record<UiLocale, string>;

/** Headings, column names and labels of the generated documents, in each document language. */
export const DOC_STRINGS = {
  source: { ar: 'المصدر', fr: 'Source', en: 'Source' },
  lead: { ar: 'المؤسسة الرائدة', fr: 'Institution chef de file', en: 'Lead institution' },
  contributing: {
    ar: 'المؤسسات المساهمة',
    fr: 'Institutions contributrices',
    en: 'Contributing institutions',
  },
  narrative: {
    ar: 'آخر تحيين مصادق عليه',
    fr: 'Dernière mise à jour validée',
    en: 'Latest validated update',
  },
  measures: { ar: 'الإجراءات', fr: 'Mesures', en: 'Measures' },
  matrixSheet: { ar: 'مصفوفة التنفيذ', fr: 'Matrice de mise en œuvre', en: 'Implementation matrix' },
  toc: { ar: 'الفهرس', fr: 'Table des matières', en: 'Table of contents' },
  tocHint: {
    ar: 'حدّث الفهرس عند فتح الوثيقة (انقر بزر الفأرة الأيمن ثم «تحديث الحقل»).',
    fr: 'Mettez la table à jour à l’ouverture (clic droit, « Mettre à jour les champs »).',
    en: 'Update the table when the document opens (right-click, “Update field”).',
  },
  draftNote: {
    ar: 'مسودة أولية أعدتها منصة تتبّع انطلاقاً من التحيينات المصادق عليها. تتطلب المراجعة والتحرير قبل أي استعمال رسمي.',
    fr: 'Premier projet préparé par Tatabbu à partir des mises à jour validées. À relire et compléter avant tout usage officiel.',
    en: 'First draft prepared by Tatabbu from the validated updates. To be reviewed and completed before any official use.',
  },
  generatedOn: { ar: 'تاريخ الإعداد', fr: 'Préparé le', en: 'Prepared on' },
  recommendationsCount: {
    ar: 'عدد التوصيات',
    fr: 'Nombre de recommandations',
    en: 'Number of recommendations',
  },
  status: { ar: 'وضعية التنفيذ', fr: "État d'avancement", en: 'Implementation status' },
  institutions: { ar: 'المؤسسات المعنية', fr: 'Institutions responsables', en: 'Responsible institutions' },
  updates: { ar: 'التحيينات المصادق عليها', fr: 'Mises à jour validées', en: 'Validated updates' },
  noUpdate: {
    ar: 'لا يوجد تحيين مصادق عليه بعد.',
    fr: 'Aucune mise à jour validée pour le moment.',
    en: 'No validated update yet.',
  },
  annex: {
    ar: 'ملحق: جدول التوصيات',
    fr: 'Annexe : tableau des recommandations',
    en: 'Annex: table of recommendations',
  },
  key: { ar: 'المعرف', fr: 'Clé', en: 'Key' },
  text: { ar: 'النص', fr: 'Texte', en: 'Text' },
  progress: { ar: 'نسبة التقدم', fr: 'Avancement', en: 'Progress' },
  period: { ar: 'الفترة', fr: 'Période', en: 'Period' },
  round: { ar: 'الجولة', fr: 'Campagne', en: 'Round' },
  deadline: { ar: 'الأجل', fr: 'Échéance', en: 'Deadline' },
  overdue: { ar: 'متأخر', fr: 'en retard', en: 'overdue' },
  otherGroup: { ar: 'غير مصنفة', fr: 'Non classées', en: 'Not classified' },
  sheetTitle: { ar: 'بطاقة ملخصة', fr: 'Fiche de synthèse', en: 'Summary sheet' },
  holds: { ar: 'التوصيات المسندة', fr: 'Recommandations attribuées', en: 'Recommendations assigned' },
  done: {
    ar: 'ما تم إنجازه (تحيينات مصادق عليها)',
    fr: 'Réalisations (mises à jour validées)',
    en: 'Done (validated updates)',
  },
  owes: { ar: 'ما هو مطلوب (جولات مفتوحة)', fr: 'À fournir (campagnes ouvertes)', en: 'Owed (open rounds)' },
  nothing: { ar: 'لا شيء.', fr: 'Néant.', en: 'None.' },
  role: { ar: 'الدور', fr: 'Rôle', en: 'Role' },
  cardsTitle: { ar: 'بطاقات الإجراءات', fr: 'Fiches des mesures', en: 'Measure cards' },
  number: { ar: 'الرقم', fr: 'Numéro', en: 'Number' },
  axis: { ar: 'المحور', fr: 'Axe', en: 'Axis' },
  description: { ar: 'الوصف', fr: 'Description', en: 'Description' },
  objectives: { ar: 'الأهداف', fr: 'Objectifs', en: 'Objectives' },
  achievements: { ar: 'الإنجازات', fr: 'Réalisations', en: 'Achievements' },
  linked: { ar: 'التوصيات المرتبطة', fr: 'Recommandations liées', en: 'Linked recommendations' },
  notGiven: { ar: '—', fr: '—', en: '—' },
} as const satisfies Record<string, Text>;

export const REPORT_TITLES: Record<ReportType, Text> = {
  upr_national: {
    ar: 'مشروع التقرير الوطني في إطار الاستعراض الدوري الشامل',
    fr: "Projet de rapport national au titre de l'Examen périodique universel",
    en: 'Draft national report for the Universal Periodic Review',
  },
  upr_midterm: {
    ar: 'مشروع تقرير منتصف المدة في إطار الاستعراض الدوري الشامل',
    fr: "Projet de rapport à mi-parcours au titre de l'Examen périodique universel",
    en: 'Draft mid-term report for the Universal Periodic Review',
  },
  treaty_body: {
    ar: 'مشروع تقرير إلى هيئة معاهدة',
    fr: 'Projet de rapport à un organe conventionnel',
    en: 'Draft report to a treaty body',
  },
};

export const ROLE_LABELS: Record<AssignmentRole, Text> = {
  lead: { ar: 'رائدة', fr: 'chef de file', en: 'lead' },
  contributing: { ar: 'مساهمة', fr: 'contributrice', en: 'contributing' },
};

/** ASCII file names (every browser keeps them as they are). */
export const FILE_STEMS = {
  matrix: 'implementation-matrix',
  report: 'report-draft',
  institution_sheet: 'institution-sheet',
  measure_cards: 'measure-cards',
} as const;
