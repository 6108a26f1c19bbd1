/// The store's tables. Column names follow the dataset's canonical names so
/// that SQL written against the CSV headers reads naturally.
enum StoreSchema {
    static let sql = """
        CREATE TABLE units (
            id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
            sector TEXT, header_name TEXT NOT NULL,
            position INTEGER NOT NULL           -- file order: display order of siblings
        );
        -- Every ancestor/descendant pair, a unit with itself at depth 0.
        CREATE TABLE unit_tree (
            ancestor_id TEXT NOT NULL, descendant_id TEXT NOT NULL, depth INTEGER NOT NULL,
            PRIMARY KEY (ancestor_id, descendant_id)
        ) WITHOUT ROWID;
        CREATE INDEX unit_tree_by_descendant ON unit_tree (descendant_id, ancestor_id);

        CREATE TABLE members (
            id TEXT PRIMARY KEY, full_name TEXT NOT NULL, gender TEXT NOT NULL, birth_date TEXT NOT NULL,
            ethnicity TEXT, religion TEXT, education TEXT, political_theory TEXT,
            ethnic_minority INTEGER NOT NULL,   -- 1 unless Kinh or empty
            religious INTEGER NOT NULL          -- 1 unless empty, Không or none
        );
        CREATE TABLE member_events (
            seq INTEGER PRIMARY KEY,            -- file order: same-day events apply in this order
            member_id TEXT NOT NULL, date TEXT NOT NULL, type TEXT NOT NULL, unit_id TEXT NOT NULL,
            from_unit_id TEXT, status TEXT, note TEXT
        );
        CREATE INDEX member_events_by_unit ON member_events (unit_id, type, date);
        CREATE INDEX member_events_by_type ON member_events (type, date);

        -- A member is in unit_id, with that status, on every day D where
        -- start_date <= D < end_date (end_date NULL: still there).
        CREATE TABLE memberships (
            member_id TEXT NOT NULL, unit_id TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT,
            probationary INTEGER NOT NULL
        );
        CREATE INDEX memberships_by_unit ON memberships (unit_id, start_date);

        CREATE TABLE targets (
            unit_id TEXT NOT NULL, year INTEGER NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL
        );
        CREATE INDEX targets_by_unit ON targets (unit_id, year, metric);

        -- One row per (campaign, target); rows of a campaign share unit, body, kind, start.
        CREATE TABLE inspections (
            campaign_id TEXT NOT NULL, unit_id TEXT NOT NULL, body TEXT NOT NULL, kind TEXT NOT NULL,
            started_on TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL, conclusion TEXT NOT NULL
        );
        CREATE INDEX inspections_by_start ON inspections (started_on);
        CREATE TABLE disciplines (
            id TEXT PRIMARY KEY, decided_on TEXT NOT NULL, unit_id TEXT NOT NULL, target_type TEXT NOT NULL,
            target_id TEXT NOT NULL, form TEXT NOT NULL
        );
        CREATE TABLE petitions (
            id TEXT PRIMARY KEY, received_on TEXT NOT NULL, unit_id TEXT NOT NULL, kind TEXT NOT NULL,
            closed_on TEXT, outcome TEXT
        );
        CREATE TABLE economic_models (
            id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, name TEXT NOT NULL, sector TEXT NOT NULL, started_on TEXT,
            scale_unit TEXT, baseline_label TEXT, baseline_revenue_per_ha_vnd REAL,
            position INTEGER NOT NULL           -- file order
        );
        -- period is the id (2024-Q2); period_start/period_end its first and last days.
        CREATE TABLE economic_results (
            model_id TEXT NOT NULL, period TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL,
            households REAL, area_ha REAL, scale_quantity REAL, output_tonnes REAL,
            revenue_vnd REAL NOT NULL, cost_vnd REAL NOT NULL
        );
        CREATE TABLE indicators (
            unit_id TEXT NOT NULL, period TEXT NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL,
            indicator TEXT NOT NULL, value REAL NOT NULL, target REAL,
            position INTEGER NOT NULL           -- file order
        );
        -- The built-in indicators and those declared in dataset.yaml; better is 'higher' or 'lower'.
        CREATE TABLE indicator_definitions (
            id TEXT PRIMARY KEY, label TEXT NOT NULL, unit TEXT, better TEXT NOT NULL, position INTEGER NOT NULL
        );
        """
}
