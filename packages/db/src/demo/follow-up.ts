import type { ImplementationStatus, LocalizedText } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

/** Marks the follow-up demo as loaded (its own marker: databases seeded before it existed get it too). */
export const DEMO_FOLLOW_UP_SETTING = 'demo.morocco.followUpSeededAt';
/** How many recommendations of each status get an illustrative update (the demo has three → 36). */
const PER_STATUS = 12;

const ROUND_TITLE: LocalizedText = {
  ar: 'جولة تجريبية: تقرير منتصف المدة 2024 (بيانات توضيحية)',
  fr: 'Campagne de démonstration : rapport à mi-parcours 2024 (données illustratives)',
  en: 'Demo round: mid-term report 2024 (illustrative data)',
};
const ROUND_INSTRUCTIONS: LocalizedText = {
  ar: 'بيانات توضيحية للعرض فقط: الجولة والتحيينات والسرديات مصاغة لأغراض العرض ولا تصف إجراءات فعلية.',
  fr: "Données de démonstration : la campagne, les mises à jour et leurs récits sont rédigés pour l'illustration et ne décrivent pas des actions réelles.",
  en: 'Illustrative demo data: the round, its updates and their narratives are written for illustration and do not describe real actions.',
};

/** The steps of each update, with their (illustrative) dates in the round. */
const STEPS = [
  { action: 'create', status: 'draft', at: '2024-03-20T09:00:00Z' },
  { action: 'submit', status: 'submitted', at: '2024-05-28T10:00:00Z' },
  { action: 'validate', status: 'validated', at: '2024-06-25T11:00:00Z' },
  { action: 'publish', status: 'published', at: '2024-07-10T12:00:00Z' },
] as const;

const PROGRESS: Record<ImplementationStatus, number | null> = {
  not_started: 0,
  in_progress: 40,
  partially_implemented: 65,
  implemented: 100,
  continuous: null,
  not_applicable: null,
};

/** Narratives by status; `{i}` is the institution's name. Plainly labelled as illustrative. */
const NARRATIVES: Record<ImplementationStatus, { ar: string; fr: string }> = {
  not_started: {
    ar: '[بيانات توضيحية] أفادت {i} بأن تنفيذ هذه التوصية لم ينطلق بعد خلال الفترة المشمولة. تم تحديد الشركاء المعنيين، ومن المرتقب إدراج التدابير اللازمة في برنامج العمل للسنة المقبلة.',
    fr: "[Données illustratives] {i} indique que la mise en œuvre de cette recommandation n'a pas encore commencé au cours de la période. Les partenaires concernés ont été identifiés et les mesures nécessaires doivent être inscrites au programme de travail de l'année prochaine.",
  },
  in_progress: {
    ar: '[بيانات توضيحية] أفادت {i} بإطلاق مسار التنفيذ: تم تشكيل فريق عمل وإعداد مشروع نص، وتنظيم ورشتين للتشاور مع الفاعلين المعنيين، بما في ذلك جمعيات المجتمع المدني.',
    fr: '[Données illustratives] {i} indique que la mise en œuvre est engagée : un groupe de travail a été constitué, un avant-projet de texte préparé et deux ateliers de concertation tenus avec les acteurs concernés, y compris des associations de la société civile.',
  },
  partially_implemented: {
    ar: '[بيانات توضيحية] أفادت {i} بتنفيذ جزء من التدابير المقررة: اعتماد دليل مرجعي وتكوين أطر القطاع في عدة جهات، على أن تستكمل باقي التدابير وتقييم أثرها خلال الفترة المقبلة.',
    fr: "[Données illustratives] {i} indique qu'une partie des mesures prévues a été réalisée : adoption d'un guide de référence et formation des cadres du secteur dans plusieurs régions ; les autres mesures et l'évaluation de leur effet suivront.",
  },
  implemented: {
    ar: '[بيانات توضيحية] أفادت {i} باستكمال تنفيذ هذه التوصية: صدر النص التنظيمي المعني ودخل حيز التنفيذ، وتم نشر حصيلة التنفيذ وإطلاع الآليات الأممية المعنية عليها.',
    fr: '[Données illustratives] {i} indique que cette recommandation est mise en œuvre : le texte réglementaire concerné a été adopté et est entré en vigueur, et le bilan de sa mise en œuvre a été publié et communiqué aux mécanismes onusiens concernés.',
  },
  continuous: {
    ar: '[بيانات توضيحية] أفادت {i} بأن هذه التوصية تنفذ بصفة مستمرة: تواصلت برامج التحسيس والتكوين المعنية خلال الفترة، مع تتبع سنوي لمؤشراتها ونشر نتائجها.',
    fr: "[Données illustratives] {i} indique que cette recommandation fait l'objet d'une mise en œuvre continue : les programmes de sensibilisation et de formation concernés se sont poursuivis au cours de la période, avec un suivi annuel de leurs indicateurs et la publication des résultats.",
  },
  not_applicable: {
    ar: '[بيانات توضيحية] أفادت {i} بأن هذه التوصية لا تندرج ضمن اختصاصها المباشر، وتمت إحالتها على الجهة المعنية مع اقتراح صيغة للتتبع المشترك.',
    fr: "[Données illustratives] {i} indique que cette recommandation ne relève pas directement de sa compétence ; elle a été transmise à l'institution concernée avec une proposition de suivi conjoint.",
  },
};

export async function isDemoFollowUpSeeded(db: Db | Tx): Promise<boolean> {
  const found = await queryRows<{ key: string }>(
    db,
    sql`select key from settings where key = ${DEMO_FOLLOW_UP_SETTING}`,
  );
  return found.length > 0;
}

interface Picked {
  recommendation_id: string;
  status: ImplementationStatus;
  institution_id: string;
  institution_name: LocalizedText;
}

/**
 * An illustrative closed round over a few dozen demo recommendations (up to twelve of each status, in
 * key order, each with a lead institution): every lead's update is validated, three in four also
 * published, with its kept versions and the status change it records. The update confirms the
 * recommendation's demo status, so the demo's numbers do not move; `status_changes.origin` stays
 * 'demo'. Runs once (`DEMO_FOLLOW_UP_SETTING`); needs the demo recommendations.
 */
export async function seedDemoFollowUp(db: Db | Tx, actorId: string | null = null): Promise<number> {
  return inTransaction(db, async (tx) => {
    if (await isDemoFollowUpSeeded(tx)) return 0;
    const picked = await queryRows<Picked>(
      tx,
      sql`select recommendation_id, status, institution_id, institution_name from (
            select r.id as recommendation_id, r.status, i.id as institution_id, i.name as institution_name,
                   row_number() over (partition by r.status order by r.key) as n
            from recommendations r
            join assignments a on a.recommendation_id = r.id and a.role = 'lead' and a.ended_at is null
            join institutions i on i.id = a.institution_id
            where r.external_ref like 'didh:%' and r.status is not null) ranked
          where n <= ${PER_STATUS} order by status, n`,
    );
    if (picked.length === 0) return 0;
    const [round] = await queryRows<{ id: string }>(
      tx,
      sql`insert into rounds (title, instructions, deadline, status, opened_at, closed_at, created_by)
          values (${JSON.stringify(ROUND_TITLE)}::jsonb, ${JSON.stringify(ROUND_INSTRUCTIONS)}::jsonb, '2024-06-15',
                  'closed', '2024-03-01T08:00:00Z', '2024-07-15T08:00:00Z', ${actorId}) returning id`,
    );
    if (!round) throw new Error('demo round insert returned nothing');
    for (const institutionId of new Set(picked.map((p) => p.institution_id))) {
      await tx.execute(
        sql`insert into round_institutions (round_id, institution_id) values (${round.id}, ${institutionId})`,
      );
    }
    for (const [index, pick] of picked.entries()) {
      await seedUpdate(tx, round.id, pick, index % 4 !== 3, actorId);
    }
    await recordAudit(tx, {
      actorId,
      action: 'demo.seed',
      entity: 'round',
      entityId: round.id,
      after: { source: 'illustrative follow-up', updates: picked.length },
    });
    await tx.execute(
      sql`insert into settings (key, value) values (${DEMO_FOLLOW_UP_SETTING}, ${new Date().toISOString()})
          on conflict do nothing`,
    );
    return picked.length;
  });
}

async function seedUpdate(
  tx: Tx,
  roundId: string,
  pick: Picked,
  publish: boolean,
  actorId: string | null,
): Promise<void> {
  const text = NARRATIVES[pick.status];
  const content = {
    narrative: {
      ar: text.ar.replace('{i}', pick.institution_name.ar ?? pick.institution_name.fr ?? ''),
      fr: text.fr.replace('{i}', pick.institution_name.fr ?? pick.institution_name.ar ?? ''),
      en: null,
    },
    originalLang: 'fr',
    proposedStatus: pick.status,
    progress: PROGRESS[pick.status],
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    links: [],
  };
  const steps = publish ? STEPS : STEPS.slice(0, 3);
  const last = steps[steps.length - 1] as (typeof STEPS)[number];
  const at = (action: string) => steps.find((s) => s.action === action)?.at ?? null;
  await tx.execute(
    sql`insert into round_items (round_id, recommendation_id) values (${roundId}, ${pick.recommendation_id})`,
  );
  const [update] = await queryRows<{ id: string }>(
    tx,
    sql`insert into progress_updates (round_id, recommendation_id, institution_id, status, narrative_ar, narrative_fr,
          original_lang, proposed_status, progress, period_start, period_end, created_by, updated_by,
          submitted_at, submitted_by, validated_at, validated_by, published_at, published_by, version,
          created_at, updated_at)
        values (${roundId}, ${pick.recommendation_id}, ${pick.institution_id}, ${last.status}, ${content.narrative.ar},
          ${content.narrative.fr}, 'fr', ${pick.status}, ${content.progress}, ${content.periodStart}, ${content.periodEnd},
          ${actorId}, ${actorId}, ${at('submit')}, ${actorId}, ${at('validate')}, ${actorId}, ${at('publish')},
          ${publish ? actorId : null}, ${steps.length - 1}, ${STEPS[0].at}, ${last.at})
        returning id`,
  );
  if (!update) throw new Error('demo update insert returned nothing');
  for (const [version, step] of steps.entries()) {
    await tx.execute(
      sql`insert into progress_update_versions (update_id, version, action, status, snapshot, actor_id, at)
          values (${update.id}, ${version}, ${step.action}, ${step.status}, ${JSON.stringify(content)}::jsonb,
                  ${actorId}, ${step.at})`,
    );
  }
  await tx.execute(
    sql`insert into status_changes (recommendation_id, from_status, to_status, origin, update_id, actor_id, at)
        values (${pick.recommendation_id}, ${pick.status}, ${pick.status}, 'demo', ${update.id}, ${actorId},
                ${at('validate')})`,
  );
}
