ALTER TABLE "measures" ADD COLUMN "status_origin" text;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "public_status" text;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "public_status_date" date;--> statement-breakpoint
-- Measures get the public status recommendations have (0012). A measure has no origin column of its
-- own before this, so the one place that sets a status from a validated update says so with a
-- transaction-local setting (`setStatusFromUpdate`); any other change of status is a coordinator's.
CREATE OR REPLACE FUNCTION tatabbu_measure_public_status_on_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status
     OR NEW.status_date IS DISTINCT FROM OLD.status_date THEN
    IF current_setting('tatabbu.status_from_update', true) = 'on' THEN
      NEW.status_origin := 'validated_update';
    ELSE
      NEW.status_origin := CASE WHEN NEW.status IS NULL THEN NULL ELSE 'manual' END;
      NEW.public_status := NEW.status;
      NEW.public_status_date := NEW.status_date;
    END IF;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER measures_public_status BEFORE INSERT OR UPDATE ON measures
  FOR EACH ROW EXECUTE FUNCTION tatabbu_measure_public_status_on_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tatabbu_latest_published_measure_status(measure uuid)
RETURNS TABLE (to_status text, at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT sc.to_status, sc.at FROM status_changes sc JOIN progress_updates u ON u.id = sc.update_id
  WHERE sc.measure_id = measure AND u.status = 'published'
  ORDER BY sc.at DESC, sc.id DESC LIMIT 1
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tatabbu_public_status_on_publish() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'published' THEN
    RETURN NULL;
  END IF;
  IF NEW.recommendation_id IS NOT NULL THEN
    UPDATE recommendations r SET public_status = p.to_status, public_status_date = p.at::date
    FROM tatabbu_latest_published_status(NEW.recommendation_id) p
    WHERE r.id = NEW.recommendation_id AND r.status_origin = 'validated_update'
      AND (r.public_status IS DISTINCT FROM p.to_status OR r.public_status_date IS DISTINCT FROM p.at::date);
  ELSIF NEW.measure_id IS NOT NULL THEN
    UPDATE measures m SET public_status = p.to_status, public_status_date = p.at::date
    FROM tatabbu_latest_published_measure_status(NEW.measure_id) p
    WHERE m.id = NEW.measure_id AND m.status_origin = 'validated_update'
      AND (m.public_status IS DISTINCT FROM p.to_status OR m.public_status_date IS DISTINCT FROM p.at::date);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Existing measures: a status whose latest recorded change came from an update is that update's.
UPDATE measures m SET status_origin = CASE WHEN m.status IS NULL THEN NULL
    WHEN (SELECT sc.update_id FROM status_changes sc WHERE sc.measure_id = m.id
          ORDER BY sc.at DESC, sc.id DESC LIMIT 1) IS NOT NULL THEN 'validated_update' ELSE 'manual' END;
--> statement-breakpoint
UPDATE measures SET public_status = status, public_status_date = status_date
WHERE status_origin IS DISTINCT FROM 'validated_update';
--> statement-breakpoint
UPDATE measures m SET
  public_status = coalesce(p.to_status, (SELECT sc.from_status FROM status_changes sc
                    WHERE sc.measure_id = m.id ORDER BY sc.at, sc.id LIMIT 1)),
  public_status_date = p.at::date
FROM (SELECT id FROM measures WHERE status_origin = 'validated_update') v
LEFT JOIN LATERAL tatabbu_latest_published_measure_status(v.id) p ON true
WHERE m.id = v.id;
