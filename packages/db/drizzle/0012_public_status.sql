DROP INDEX "recommendations_dashboard_idx";--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "public_status" text;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "public_status_date" date;--> statement-breakpoint
CREATE INDEX "recommendations_dashboard_idx" ON "recommendations" USING btree ("id","status","public_status","mechanism_id","review_id","position","published","confidential");--> statement-breakpoint
-- The public status. A status from an import, the demo or a manual edit is public at once; one
-- set by a validated update waits until that update is published (DESIGN §2: validation is the
-- mechanism's internal decision, publication is when it is told).
CREATE OR REPLACE FUNCTION tatabbu_public_status_on_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status_origin IS DISTINCT FROM 'validated_update'
     AND (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status
          OR NEW.status_origin IS DISTINCT FROM OLD.status_origin
          OR NEW.status_date IS DISTINCT FROM OLD.status_date) THEN
    NEW.public_status := NEW.status;
    NEW.public_status_date := NEW.status_date;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER recommendations_public_status BEFORE INSERT OR UPDATE ON recommendations
  FOR EACH ROW EXECUTE FUNCTION tatabbu_public_status_on_change();
--> statement-breakpoint
-- The latest status change recorded by a published update of this recommendation, if any.
CREATE OR REPLACE FUNCTION tatabbu_latest_published_status(rec uuid)
RETURNS TABLE (to_status text, at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT sc.to_status, sc.at FROM status_changes sc JOIN progress_updates u ON u.id = sc.update_id
  WHERE sc.recommendation_id = rec AND u.status = 'published'
  ORDER BY sc.at DESC, sc.id DESC LIMIT 1
$$;
--> statement-breakpoint
-- At commit (deferred), so that the update and the status change it records are both in place
-- whatever order a transaction wrote them in.
CREATE OR REPLACE FUNCTION tatabbu_public_status_on_publish() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.recommendation_id IS NOT NULL AND NEW.status = 'published' THEN
    UPDATE recommendations r SET public_status = p.to_status, public_status_date = p.at::date
    FROM tatabbu_latest_published_status(NEW.recommendation_id) p
    WHERE r.id = NEW.recommendation_id AND r.status_origin = 'validated_update'
      AND (r.public_status IS DISTINCT FROM p.to_status OR r.public_status_date IS DISTINCT FROM p.at::date);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER progress_updates_public_status AFTER INSERT OR UPDATE OF status ON progress_updates
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tatabbu_public_status_on_publish();
--> statement-breakpoint
-- Existing rows: what was public before follow-up took over, or what its published updates say.
UPDATE recommendations SET public_status = status, public_status_date = status_date
WHERE status_origin IS DISTINCT FROM 'validated_update';
--> statement-breakpoint
UPDATE recommendations r SET
  public_status = coalesce(p.to_status, (SELECT sc.from_status FROM status_changes sc
                    WHERE sc.recommendation_id = r.id ORDER BY sc.at, sc.id LIMIT 1)),
  public_status_date = p.at::date
FROM (SELECT id FROM recommendations WHERE status_origin = 'validated_update') v
LEFT JOIN LATERAL tatabbu_latest_published_status(v.id) p ON true
WHERE r.id = v.id;
