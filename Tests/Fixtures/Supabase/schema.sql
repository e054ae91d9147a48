-- The Supabase tables the chatbot reads, as in the app's schema dump (mostrecentsupabase.sql) and
-- migrations, reduced to the columns the reference documents. Loaded into a throwaway database by the
-- Supabase test suites (Tests/SupabaseTesting/SupabaseTestDatabase.swift).

CREATE TABLE profiles (
    id uuid PRIMARY KEY,
    email text,
    subscription_tier text NOT NULL DEFAULT 'free' CHECK (subscription_tier IN ('free', 'pro', 'elite')),
    subscription_status text,
    subscription_plan_type text,
    subscription_expires_at timestamptz,
    temporary_tier_active boolean NOT NULL DEFAULT false,
    temporary_tier text,
    temporary_tier_expires_at timestamptz,
    welcome_bonus_claimed boolean NOT NULL DEFAULT false,
    welcome_bonus_expires_at timestamptz,
    max_daily_picks integer NOT NULL DEFAULT 20,
    daily_chat_messages integer NOT NULL DEFAULT 0,
    last_chat_reset timestamptz,
    chat_timezone text NOT NULL DEFAULT 'America/New_York',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Migration 20250925: temporary tier if active, else the subscription tier while the subscription is
-- active, in grace period or unset, else free.
CREATE VIEW v_profiles_effective_tier AS
SELECT p.id,
       p.subscription_tier AS base_subscription_tier,
       p.subscription_status,
       p.temporary_tier_active,
       p.temporary_tier,
       p.temporary_tier_expires_at,
       CASE
           WHEN p.temporary_tier_active AND p.temporary_tier IS NOT NULL
                AND (p.temporary_tier_expires_at IS NULL OR p.temporary_tier_expires_at > now())
               THEN p.temporary_tier
           WHEN p.subscription_status IS NULL OR p.subscription_status IN ('active', 'grace_period')
               THEN p.subscription_tier
           ELSE 'free'
       END AS effective_tier
FROM profiles p;

CREATE TABLE teams (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sport_key text NOT NULL,
    team_key text NOT NULL,
    team_name text NOT NULL,
    team_abbreviation text,
    city text,
    conference text,
    division text,
    logo_url text
);
CREATE INDEX teams_sport_key_idx ON teams (sport_key, team_name);

CREATE TABLE players (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    external_player_id text,
    name text NOT NULL,
    player_name text,
    player_key text,
    team text,
    team_id uuid REFERENCES teams (id),
    sport text NOT NULL,
    sport_key text,
    position text,
    jersey_number text,
    active boolean NOT NULL DEFAULT true,
    status text,
    espn_player_id text,
    headshot_url text,
    metadata jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX players_sport_name_idx ON players (sport, name);
CREATE INDEX players_team_idx ON players (team);

CREATE TABLE sports_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    external_event_id text,
    sport text NOT NULL,
    sport_key text,
    league text,
    home_team text NOT NULL,
    away_team text NOT NULL,
    home_team_id uuid REFERENCES teams (id),
    away_team_id uuid REFERENCES teams (id),
    start_time timestamptz NOT NULL,
    local_game_date date,
    status text NOT NULL DEFAULT 'scheduled',
    venue text,
    weather_conditions jsonb,
    final_home_score integer,
    final_away_score integer,
    odds jsonb NOT NULL DEFAULT '{}',
    metadata jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX sports_events_sport_start_idx ON sports_events (sport, start_time);
CREATE INDEX sports_events_start_idx ON sports_events (start_time);
CREATE INDEX sports_events_local_date_idx ON sports_events (local_game_date);
CREATE UNIQUE INDEX sports_events_external_idx ON sports_events (external_event_id);

CREATE TABLE ai_predictions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL,
    match_teams varchar NOT NULL,
    pick varchar NOT NULL,
    odds varchar NOT NULL,
    confidence integer CHECK (confidence BETWEEN 0 AND 100),
    sport varchar NOT NULL,
    event_time timestamptz,
    reasoning text,
    value_percentage numeric,
    roi_estimate numeric,
    kelly_stake numeric,
    expected_value numeric,
    implied_probability numeric,
    fair_odds varchar,
    risk_level varchar,
    key_factors jsonb,
    metadata jsonb,
    status varchar NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'won', 'lost', 'cancelled')),
    bet_type varchar NOT NULL DEFAULT 'moneyline',
    game_id varchar,
    player_id uuid REFERENCES players (id),
    prop_market_type varchar,
    line_value numeric,
    prediction_value numeric,
    is_parlay_leg boolean NOT NULL DEFAULT false,
    parlay_id uuid,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- The bot's query: pending picks for upcoming events, best first, optionally per sport. The included
-- columns let supabase_query choose the top picks from the index alone (index-only scan).
CREATE INDEX ai_predictions_status_event_time_idx ON ai_predictions (status, event_time) INCLUDE (confidence, id);
CREATE INDEX ai_predictions_sport_status_event_time_idx ON ai_predictions (sport, status, event_time) INCLUDE (confidence, id);
CREATE INDEX ai_predictions_created_at_idx ON ai_predictions (created_at DESC);
CREATE INDEX ai_predictions_game_id_idx ON ai_predictions (game_id);

CREATE TABLE player_props_v2 (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id uuid NOT NULL REFERENCES sports_events (id),
    player_id uuid NOT NULL REFERENCES players (id),
    sport text NOT NULL,
    game_date timestamptz,
    local_game_date date,
    opponent_team text,
    is_home boolean,
    stat_type text NOT NULL,
    main_line numeric,
    main_line_by_book jsonb,
    main_over_odds jsonb,
    main_under_odds jsonb,
    best_over_odds integer,
    best_over_book text,
    best_under_odds integer,
    best_under_book text,
    alt_lines jsonb,
    num_bookmakers integer,
    last_updated timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, player_id, stat_type, main_line)
);
CREATE INDEX player_props_v2_sport_date_idx ON player_props_v2 (sport, local_game_date);
CREATE INDEX player_props_v2_player_idx ON player_props_v2 (player_id, stat_type);

CREATE TABLE player_recent_stats (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    player_id uuid REFERENCES players (id),
    player_name text NOT NULL,
    sport text NOT NULL,
    team text,
    game_date date NOT NULL,
    opponent text,
    is_home boolean,
    hits integer, at_bats integer, home_runs integer, rbis integer, runs_scored integer, stolen_bases integer,
    strikeouts integer, walks integer, total_bases integer, innings_pitched numeric, strikeouts_pitcher integer,
    hits_allowed integer, walks_allowed integer, earned_runs integer,
    points integer, rebounds integer, assists integer, steals integer, blocks integer, three_pointers integer,
    passing_yards integer, rushing_yards integer, receiving_yards integer, receptions integer,
    passing_tds integer, rushing_tds integer, receiving_tds integer,
    significant_strikes integer, takedowns integer,
    game_result text,
    minutes_played numeric,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX player_recent_stats_player_date_idx ON player_recent_stats (player_name, game_date DESC);
CREATE INDEX player_recent_stats_player_id_date_idx ON player_recent_stats (player_id, game_date DESC);

CREATE TABLE team_recent_stats (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_name text NOT NULL,
    sport text NOT NULL,
    game_date date NOT NULL,
    opponent_team text,
    is_home boolean,
    team_score integer,
    opponent_score integer,
    game_result text CHECK (game_result IN ('W', 'L', 'T')),
    spread_line numeric,
    spread_result text CHECK (spread_result IN ('W', 'L', 'P')),
    total_line numeric,
    total_result text CHECK (total_result IN ('O', 'U', 'P')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX team_recent_stats_team_date_idx ON team_recent_stats (team_name, game_date DESC);

CREATE TABLE injury_reports (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    player_name text NOT NULL,
    team_name text,
    position text,
    injury_status text,
    estimated_return_date date,
    description text,
    sport text NOT NULL,
    source text NOT NULL DEFAULT 'ESPN_SCRAPE',
    source_url text,
    is_active boolean NOT NULL DEFAULT true,
    scraped_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX injury_reports_sport_active_idx ON injury_reports (sport, is_active, scraped_at DESC);
CREATE INDEX injury_reports_team_idx ON injury_reports (team_name);

CREATE TABLE daily_professor_insights (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    insight_text text NOT NULL,
    insight_order integer,
    date_generated date NOT NULL DEFAULT current_date,
    title text,
    description text,
    category text NOT NULL DEFAULT 'research',
    confidence integer,
    impact text CHECK (impact IN ('low', 'medium', 'high')),
    research_sources text[],
    game_info jsonb,
    teams text[],
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX daily_professor_insights_date_idx ON daily_professor_insights (date_generated DESC, insight_order);
