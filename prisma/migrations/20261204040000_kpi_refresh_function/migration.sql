-- The app connects as a role that does not own the KPI summary views (see README, Database roles), and
-- REFRESH MATERIALIZED VIEW needs the owner. This function refreshes one of them as its owner: only
-- a materialized view of this schema whose name starts with kpi_, nothing else.
CREATE FUNCTION refresh_kpi_summary(view_name text, concurrent boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_matviews
     WHERE schemaname = 'public' AND matviewname = view_name AND starts_with(matviewname, 'kpi_')
  ) THEN
    RAISE EXCEPTION 'not a KPI summary view: %', view_name USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('REFRESH MATERIALIZED VIEW %s public.%I', CASE WHEN concurrent THEN 'CONCURRENTLY' ELSE '' END, view_name);
END;
$$;

REVOKE ALL ON FUNCTION refresh_kpi_summary(text, boolean) FROM PUBLIC;
