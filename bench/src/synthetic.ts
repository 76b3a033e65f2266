import type { Db } from '@tatabbu/db';
import { sql } from 'drizzle-orm';

/**
 * `rows` recommendations cloned from the Morocco demo's Arabic and French texts under new keys, with
 * their assignments and tags (10% unpublished): the Arabic and French share of a realistic registry.
 */
export async function cloneDemo(db: Db, rows: number): Promise<void> {
  await db.execute(sql`
    with src as (select r.*, row_number() over (order by r.id) - 1 as rn
                 from recommendations r where r.text_ar is not null or r.text_fr is not null),
         n as (select count(*) as c from src)
    insert into recommendations (key, mechanism_id, review_id, paragraph, text_ar, text_fr, status, status_origin, position, published, date, external_ref)
    select 'BENCH/' || g || ' §' || r.paragraph, r.mechanism_id, r.review_id, r.paragraph, r.text_ar, r.text_fr,
           r.status, r.status_origin, r.position, (g % 10 <> 0), r.date, 'bench-from:' || r.id
    from generate_series(1, ${rows}) g cross join n
    join src r on r.rn = g % n.c`);
  // fresh statistics, or the planner picks nested loops over the new rows
  await db.execute(sql`analyze`);
  await db.execute(sql`
    insert into assignments (recommendation_id, institution_id, role)
    select b.id, a.institution_id, a.role from recommendations b
    join assignments a on a.recommendation_id = substr(b.external_ref, 12)::uuid
    where b.external_ref like 'bench-from:%' on conflict do nothing`);
  await db.execute(sql`
    insert into recommendation_terms (recommendation_id, term_id)
    select b.id, t.term_id from recommendations b
    join recommendation_terms t on t.recommendation_id = substr(b.external_ref, 12)::uuid
    where b.external_ref like 'bench-from:%' on conflict do nothing`);
  await db.execute(sql`analyze`);
}
