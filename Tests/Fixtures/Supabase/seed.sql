-- Seed rows shaped like production data (mixed sport labels included on purpose), with times relative to
-- now() so "upcoming" queries always find something. Fixed ids are the ones the tests refer to.

INSERT INTO profiles (id, email, subscription_tier, subscription_status, subscription_plan_type, subscription_expires_at,
                      temporary_tier_active, temporary_tier, temporary_tier_expires_at, welcome_bonus_claimed, welcome_bonus_expires_at) VALUES
 ('00000000-0000-4000-8000-000000000001', 'free@example.com',      'free',  NULL,           NULL,      NULL,                       false, NULL,    NULL,                       true,  now() + interval '2 days'),
 ('00000000-0000-4000-8000-000000000002', 'pro@example.com',       'pro',   'active',       'monthly', now() + interval '20 days', false, NULL,    NULL,                       false, NULL),
 ('00000000-0000-4000-8000-000000000003', 'elite@example.com',     'elite', 'active',       'yearly',  now() + interval '200 days',false, NULL,    NULL,                       false, NULL),
 ('00000000-0000-4000-8000-000000000004', 'trial@example.com',     'free',  NULL,           NULL,      NULL,                       true,  'elite', now() + interval '1 day',   false, NULL),
 ('00000000-0000-4000-8000-000000000005', 'lapsed@example.com',    'pro',   'expired',      'monthly', now() - interval '3 days',  false, NULL,    NULL,                       false, NULL),
 ('00000000-0000-4000-8000-000000000006', 'daypass-old@example.com','pro',  'expired',      'daypass', now() - interval '2 hours', false, NULL,    NULL,                       false, NULL),
 ('00000000-0000-4000-8000-000000000007', 'daypass@example.com',   'pro',   'active',       'daypass', now() + interval '20 hours',false, NULL,    NULL,                       false, NULL),
 ('00000000-0000-4000-8000-000000000008', 'grace@example.com',     'elite', 'grace_period', 'monthly', now() - interval '1 day',   false, NULL,    NULL,                       false, NULL),
 ('00000000-0000-4000-8000-000000000009', 'oldtrial@example.com',  'free',  NULL,           NULL,      NULL,                       true,  'pro',   now() - interval '1 day',   false, NULL);

INSERT INTO teams (id, sport_key, team_key, team_name, team_abbreviation, city, conference, division, logo_url) VALUES
 ('10000000-0000-4000-8000-000000000001', 'basketball_nba', 'BOS', 'Boston Celtics',      'BOS', 'Boston',    'Eastern', 'Atlantic', 'https://a.espncdn.com/i/teamlogos/nba/500/bos.png'),
 ('10000000-0000-4000-8000-000000000002', 'basketball_nba', 'NYK', 'New York Knicks',     'NYK', 'New York',  'Eastern', 'Atlantic', 'https://a.espncdn.com/i/teamlogos/nba/500/ny.png'),
 ('10000000-0000-4000-8000-000000000003', 'basketball_nba', 'LAL', 'Los Angeles Lakers',  'LAL', 'Los Angeles','Western','Pacific',  'https://a.espncdn.com/i/teamlogos/nba/500/lal.png'),
 ('10000000-0000-4000-8000-000000000004', 'americanfootball_nfl', 'BUF', 'Buffalo Bills', 'BUF', 'Buffalo',   'AFC',     'East',     'https://a.espncdn.com/i/teamlogos/nfl/500/buf.png'),
 ('10000000-0000-4000-8000-000000000005', 'americanfootball_nfl', 'TB', 'Tampa Bay Buccaneers', 'TB', 'Tampa', 'NFC',     'South',    'https://a.espncdn.com/i/teamlogos/nfl/500/tb.png'),
 ('10000000-0000-4000-8000-000000000006', 'baseball_mlb', 'NYY', 'New York Yankees',      'NYY', 'New York',  'AL',      'East',     'https://a.espncdn.com/i/teamlogos/mlb/500/nyy.png'),
 ('10000000-0000-4000-8000-000000000007', 'baseball_mlb', 'BOS', 'Boston Red Sox',        'BOS', 'Boston',    'AL',      'East',     'https://a.espncdn.com/i/teamlogos/mlb/500/bos.png'),
 ('10000000-0000-4000-8000-000000000008', 'americanfootball_ncaaf', 'UGA', 'Georgia Bulldogs', 'UGA', 'Athens', 'SEC',    NULL,       'https://a.espncdn.com/i/teamlogos/ncaa/500/61.png'),
 ('10000000-0000-4000-8000-000000000009', 'americanfootball_ncaaf', 'ALA', 'Alabama Crimson Tide', 'ALA', 'Tuscaloosa', 'SEC', NULL, 'https://a.espncdn.com/i/teamlogos/ncaa/500/333.png');

INSERT INTO players (id, external_player_id, name, player_name, player_key, team, team_id, sport, sport_key, position, jersey_number, active, status, espn_player_id) VALUES
 ('20000000-0000-4000-8000-000000000001', 'nba-4065648', 'Jayson Tatum',  'Jayson Tatum',  'jayson_tatum',  'Boston Celtics',   '10000000-0000-4000-8000-000000000001', 'NBA', 'basketball_nba', 'SF', '0',  true, 'active', '4065648'),
 ('20000000-0000-4000-8000-000000000002', 'nba-3934672', 'Jalen Brunson', 'Jalen Brunson', 'jalen_brunson', 'New York Knicks',  '10000000-0000-4000-8000-000000000002', 'NBA', 'basketball_nba', 'PG', '11', true, 'active', '3934672'),
 ('20000000-0000-4000-8000-000000000003', 'nfl-3918298', 'Josh Allen',    'Josh Allen',    'josh_allen',    'Buffalo Bills',    '10000000-0000-4000-8000-000000000004', 'NFL', 'americanfootball_nfl', 'QB', '17', true, 'active', '3918298'),
 ('20000000-0000-4000-8000-000000000004', 'mlb-33192',   'Aaron Judge',   'Aaron Judge',   'aaron_judge',   'New York Yankees', '10000000-0000-4000-8000-000000000006', 'MLB', 'baseball_mlb', 'RF', '99', true, 'active', '33192'),
 ('20000000-0000-4000-8000-000000000005', 'cfb-4870906', 'Carson Beck',   'Carson Beck',   'carson_beck',   'Georgia Bulldogs', '10000000-0000-4000-8000-000000000008', 'College Football', 'americanfootball_ncaaf', 'QB', '15', true, 'active', '4870906'),
 ('20000000-0000-4000-8000-000000000006', 'ufc-3949584', 'Alex Pereira',  'Alex Pereira',  'alex_pereira',  NULL,               NULL,                                   'MMA', 'mma_mixed_martial_arts', NULL, NULL, true, 'active', '3949584');

-- The Odds API event object, as stored in sports_events.metadata.full_data.
CREATE FUNCTION pg_temp.odds_event(event_id text, sport_key text, commence timestamptz, home text, away text,
                                   home_ml int, away_ml int, spread numeric, total numeric) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object(
        'id', event_id, 'sport_key', sport_key, 'commence_time', to_char(commence AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'home_team', home, 'away_team', away,
        'bookmakers', jsonb_build_array(
            jsonb_build_object('key', 'draftkings', 'title', 'DraftKings', 'last_update', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                'markets', jsonb_build_array(
                    jsonb_build_object('key', 'h2h', 'outcomes', jsonb_build_array(
                        jsonb_build_object('name', home, 'price', home_ml), jsonb_build_object('name', away, 'price', away_ml))),
                    jsonb_build_object('key', 'spreads', 'outcomes', jsonb_build_array(
                        jsonb_build_object('name', home, 'price', -110, 'point', spread), jsonb_build_object('name', away, 'price', -110, 'point', -spread))),
                    jsonb_build_object('key', 'totals', 'outcomes', jsonb_build_array(
                        jsonb_build_object('name', 'Over', 'price', -110, 'point', total), jsonb_build_object('name', 'Under', 'price', -110, 'point', total))))),
            jsonb_build_object('key', 'fanduel', 'title', 'FanDuel', 'last_update', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                'markets', jsonb_build_array(
                    jsonb_build_object('key', 'h2h', 'outcomes', jsonb_build_array(
                        jsonb_build_object('name', home, 'price', home_ml + 5), jsonb_build_object('name', away, 'price', away_ml - 5))),
                    jsonb_build_object('key', 'spreads', 'outcomes', jsonb_build_array(
                        jsonb_build_object('name', home, 'price', -108, 'point', spread), jsonb_build_object('name', away, 'price', -112, 'point', -spread))),
                    jsonb_build_object('key', 'totals', 'outcomes', jsonb_build_array(
                        jsonb_build_object('name', 'Over', 'price', -105, 'point', total), jsonb_build_object('name', 'Under', 'price', -115, 'point', total)))))));
$$;

INSERT INTO sports_events (id, external_event_id, sport, sport_key, league, home_team, away_team, home_team_id, away_team_id, start_time, local_game_date, status, venue, metadata)
SELECT e.id::uuid, e.ext, e.sport, e.sport_key, e.league, e.home, e.away, e.home_id::uuid, e.away_id::uuid, e.start_time,
       (e.start_time AT TIME ZONE 'America/New_York')::date, e.status, e.venue,
       jsonb_build_object('api_sport_key', e.sport_key,
                          'full_data', pg_temp.odds_event(e.ext, e.sport_key, e.start_time, e.home, e.away, e.home_ml, e.away_ml, e.spread, e.total))
FROM (VALUES
 ('30000000-0000-4000-8000-000000000001', 'a1b2c3d4nba01', 'NBA', 'basketball_nba', 'NBA', 'Boston Celtics', 'New York Knicks', '10000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', now() + interval '5 hours', 'scheduled', 'TD Garden', -180, 155, -4.5, 221.5),
 ('30000000-0000-4000-8000-000000000002', 'a1b2c3d4nba02', 'National Basketball Association', 'basketball_nba', 'NBA', 'Los Angeles Lakers', 'Boston Celtics', '10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', now() + interval '2 days', 'scheduled', 'Crypto.com Arena', 120, -140, 2.5, 226.0),
 ('30000000-0000-4000-8000-000000000003', 'a1b2c3d4nfl01', 'NFL', 'americanfootball_nfl', 'NFL', 'Buffalo Bills', 'Tampa Bay Buccaneers', '10000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000005', now() + interval '3 days', 'scheduled', 'Highmark Stadium', -250, 205, -5.5, 47.5),
 ('30000000-0000-4000-8000-000000000004', 'a1b2c3d4mlb01', 'Major League Baseball', 'baseball_mlb', 'MLB', 'New York Yankees', 'Boston Red Sox', '10000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000007', now() - interval '1 day', 'completed', 'Yankee Stadium', -135, 115, -1.5, 8.5),
 ('30000000-0000-4000-8000-000000000005', 'a1b2c3d4cfb01', 'CFB', 'americanfootball_ncaaf', 'NCAAF', 'Georgia Bulldogs', 'Alabama Crimson Tide', '10000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000009', now() + interval '4 days', 'scheduled', 'Sanford Stadium', -125, 105, -2.5, 51.5),
 ('30000000-0000-4000-8000-000000000006', 'a1b2c3d4ufc01', 'UFC', 'mma_mixed_martial_arts', 'UFC', 'Alex Pereira', 'Magomed Ankalaev', NULL, NULL, now() + interval '6 days', 'scheduled', 'T-Mobile Arena', -130, 110, 0, 0)
) AS e(id, ext, sport, sport_key, league, home, away, home_id, away_id, start_time, status, venue, home_ml, away_ml, spread, total);
UPDATE sports_events SET final_home_score = 5, final_away_score = 3 WHERE id = '30000000-0000-4000-8000-000000000004';

-- All AI picks are written under one system user.
INSERT INTO ai_predictions (id, user_id, match_teams, pick, odds, confidence, sport, event_time, reasoning, value_percentage, roi_estimate,
                            kelly_stake, expected_value, implied_probability, fair_odds, risk_level, key_factors, status, bet_type, game_id,
                            player_id, prop_market_type, line_value, created_at) VALUES
 ('40000000-0000-4000-8000-000000000001', '99999999-0000-4000-8000-000000000000', 'Boston Celtics vs New York Knicks', 'Boston Celtics -4.5', '-110', 78, 'NBA', now() + interval '5 hours',
  'Celtics are 8-2 ATS at home and the Knicks are on the second night of a back-to-back.', 6.2, 8.1, 2.5, 5.4, 0.524, '-130', 'Medium', '["rest advantage", "home ATS record"]', 'pending', 'spread', 'a1b2c3d4nba01', NULL, NULL, -4.5, now() - interval '2 hours'),
 ('40000000-0000-4000-8000-000000000002', '99999999-0000-4000-8000-000000000000', 'Boston Celtics vs New York Knicks', 'Under 221.5', '-110', 64, 'NBA', now() + interval '5 hours',
  'Both teams rank top-8 in defensive rating over the last 15 games.', 3.1, 4.0, 1.0, 2.2, 0.524, '-118', 'Medium', '["defense", "pace"]', 'pending', 'total', 'a1b2c3d4nba01', NULL, NULL, 221.5, now() - interval '2 hours'),
 ('40000000-0000-4000-8000-000000000003', '99999999-0000-4000-8000-000000000000', 'Boston Celtics vs New York Knicks', 'Jayson Tatum Over 27.5 Points', '-115', 71, 'NBA', now() + interval '5 hours',
  'Tatum has gone over 27.5 in 6 of his last 8 and the Knicks allow the 4th-most points to small forwards.', 5.0, 6.5, 1.8, 4.1, 0.535, '-135', 'Medium', '["usage", "matchup"]', 'pending', 'player_prop', 'a1b2c3d4nba01', '20000000-0000-4000-8000-000000000001', 'player_points', 27.5, now() - interval '90 minutes'),
 ('40000000-0000-4000-8000-000000000004', '99999999-0000-4000-8000-000000000000', 'Tampa Bay Buccaneers @ Buffalo Bills', 'Buffalo Bills ML', '-250', 82, 'NFL', now() + interval '3 days',
  'Bills are 7-1 at home with Allen healthy; Tampa Bay is missing two starting corners.', 2.4, 3.0, 3.2, 1.5, 0.714, '-290', 'Low', '["injuries", "home record"]', 'pending', 'moneyline', 'a1b2c3d4nfl01', NULL, NULL, NULL, now() - interval '1 hour'),
 ('40000000-0000-4000-8000-000000000005', '99999999-0000-4000-8000-000000000000', 'Tampa Bay Buccaneers @ Buffalo Bills', 'Josh Allen Over 249.5 Passing Yards', '-112', 67, 'NFL', now() + interval '3 days',
  'Tampa Bay allows 261 passing yards per game over its last six.', 4.4, 5.2, 1.4, 3.3, 0.528, '-128', 'Medium', '["secondary injuries"]', 'pending', 'player_prop', 'a1b2c3d4nfl01', '20000000-0000-4000-8000-000000000003', 'player_pass_yds', 249.5, now() - interval '1 hour'),
 ('40000000-0000-4000-8000-000000000006', '99999999-0000-4000-8000-000000000000', 'Alabama Crimson Tide @ Georgia Bulldogs', 'Georgia Bulldogs -2.5', '-110', 61, 'College Football', now() + interval '4 days',
  'Georgia is 12-1 ATS as a home favourite of a field goal or less since 2021.', 2.0, 2.6, 0.9, 1.8, 0.524, '-116', 'High', '["home favourite trend"]', 'pending', 'spread', 'a1b2c3d4cfb01', NULL, NULL, -2.5, now() - interval '3 hours'),
 ('40000000-0000-4000-8000-000000000007', '99999999-0000-4000-8000-000000000000', 'Alabama Crimson Tide @ Georgia Bulldogs', 'Carson Beck Over 1.5 Passing TDs', '-140', 66, 'CFB', now() + interval '4 days',
  'Beck has thrown two or more touchdowns in 7 of 9 starts.', 3.5, 4.2, 1.1, 2.9, 0.583, '-165', 'Medium', '["red zone efficiency"]', 'pending', 'player_prop', 'a1b2c3d4cfb01', '20000000-0000-4000-8000-000000000005', 'player_pass_tds', 1.5, now() - interval '3 hours'),
 ('40000000-0000-4000-8000-000000000008', '99999999-0000-4000-8000-000000000000', 'Alex Pereira vs Magomed Ankalaev', 'Alex Pereira ML', '-130', 58, 'MMA', now() + interval '6 days',
  'Pereira has knockout power in both hands and Ankalaev struggled with pressure late in his last fight.', 1.5, 2.0, 0.7, 1.2, 0.565, '-140', 'High', '["striking"]', 'pending', 'moneyline', 'a1b2c3d4ufc01', NULL, NULL, NULL, now() - interval '4 hours'),
 ('40000000-0000-4000-8000-000000000009', '99999999-0000-4000-8000-000000000000', 'Boston Celtics @ Los Angeles Lakers', 'Boston Celtics ML', '-140', 69, 'NBA', now() + interval '2 days',
  'Boston is 11-3 on the road against teams above .500.', 3.8, 4.6, 1.6, 3.0, 0.583, '-160', 'Medium', '["road form"]', 'pending', 'moneyline', 'a1b2c3d4nba02', NULL, NULL, NULL, now() - interval '30 minutes'),
 ('40000000-0000-4000-8000-000000000010', '99999999-0000-4000-8000-000000000000', 'Boston Red Sox @ New York Yankees', 'New York Yankees -1.5', '+135', 63, 'MLB', now() - interval '1 day',
  'Cole on the mound against a lineup hitting .221 versus right-handers.', 4.0, 5.5, 1.2, 3.9, 0.426, '+110', 'Medium', '["starting pitching"]', 'won', 'spread', 'a1b2c3d4mlb01', NULL, NULL, -1.5, now() - interval '30 hours'),
 ('40000000-0000-4000-8000-000000000011', '99999999-0000-4000-8000-000000000000', 'Boston Red Sox @ New York Yankees', 'Aaron Judge Over 1.5 Total Bases', '+105', 60, 'MLB', now() - interval '1 day',
  'Judge is slugging .690 against left-handed starters this season.', 3.0, 3.4, 0.8, 2.0, 0.488, '-105', 'High', '["platoon split"]', 'lost', 'player_prop', 'a1b2c3d4mlb01', '20000000-0000-4000-8000-000000000004', 'batter_total_bases', 1.5, now() - interval '30 hours'),
 ('40000000-0000-4000-8000-000000000012', '99999999-0000-4000-8000-000000000000', 'Los Angeles Lakers vs Boston Celtics', 'Over 226', '-108', 55, 'NBA', now() + interval '2 days',
  'Both teams play faster than league average on the second half of a road trip.', 1.2, 1.5, 0.4, 0.9, 0.519, '-112', 'High', '["pace"]', 'cancelled', 'total', 'a1b2c3d4nba02', NULL, NULL, 226, now() - interval '6 hours');

INSERT INTO player_props_v2 (event_id, player_id, sport, game_date, local_game_date, opponent_team, is_home, stat_type, main_line, main_line_by_book,
                             main_over_odds, main_under_odds, best_over_odds, best_over_book, best_under_odds, best_under_book, alt_lines, num_bookmakers, last_updated)
SELECT e.id, p.id, pr.sport, e.start_time, e.local_game_date, pr.opponent, pr.is_home, pr.stat_type, pr.line,
       jsonb_build_object('draftkings', pr.line, 'fanduel', pr.line),
       jsonb_build_object('draftkings', pr.over_odds, 'fanduel', pr.over_odds + 5),
       jsonb_build_object('draftkings', pr.under_odds, 'fanduel', pr.under_odds - 5),
       pr.over_odds + 5, 'fanduel', pr.under_odds, 'draftkings',
       jsonb_build_object((pr.line + 2)::text, jsonb_build_object('over', jsonb_build_object('draftkings', pr.over_odds + 60), 'under', jsonb_build_object('draftkings', pr.under_odds - 80))),
       2, now() - interval '20 minutes'
FROM (VALUES
 ('30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'NBA', 'New York Knicks', true,  'player_points',   27.5, -115, -105),
 ('30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'NBA', 'New York Knicks', true,  'player_rebounds',  8.5, -120,  100),
 ('30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002', 'NBA', 'Boston Celtics',  false, 'player_points',   26.5, -110, -110),
 ('30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002', 'NBA', 'Boston Celtics',  false, 'player_assists',   6.5,  105, -125),
 ('30000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', 'NFL', 'Tampa Bay Buccaneers', true, 'player_pass_yds', 249.5, -112, -108),
 ('30000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000005', 'CFB', 'Alabama Crimson Tide', true, 'player_pass_tds', 1.5, -140, 115)
) AS pr(event_id, player_id, sport, opponent, is_home, stat_type, line, over_odds, under_odds)
JOIN sports_events e ON e.id = pr.event_id::uuid
JOIN players p ON p.id = pr.player_id::uuid;

INSERT INTO player_recent_stats (player_id, player_name, sport, team, game_date, opponent, is_home, points, rebounds, assists, steals, blocks, three_pointers, minutes_played, game_result)
SELECT '20000000-0000-4000-8000-000000000001', 'Jayson Tatum', 'NBA', 'Boston Celtics', current_date - g.n * 2, g.opp, g.n % 2 = 0, g.pts, g.reb, g.ast, 1, 1, g.threes, 36.5, g.res
FROM (VALUES (1, 'Miami Heat', 31, 9, 5, 4, 'W'), (2, 'Philadelphia 76ers', 28, 7, 6, 3, 'W'), (3, 'Orlando Magic', 22, 11, 4, 2, 'L'),
             (4, 'Chicago Bulls', 34, 8, 7, 5, 'W'), (5, 'Toronto Raptors', 29, 10, 3, 4, 'W'), (6, 'Atlanta Hawks', 25, 6, 8, 2, 'L'),
             (7, 'Brooklyn Nets', 30, 9, 5, 3, 'W'), (8, 'Detroit Pistons', 27, 12, 4, 3, 'W')) AS g(n, opp, pts, reb, ast, threes, res);
INSERT INTO player_recent_stats (player_id, player_name, sport, team, game_date, opponent, is_home, passing_yards, rushing_yards, passing_tds, rushing_tds, game_result)
SELECT '20000000-0000-4000-8000-000000000003', 'Josh Allen', 'NFL', 'Buffalo Bills', current_date - g.n * 7, g.opp, g.n % 2 = 1, g.py, g.ry, g.ptd, g.rtd, g.res
FROM (VALUES (1, 'Miami Dolphins', 262, 41, 2, 1, 'W'), (2, 'New York Jets', 231, 18, 1, 0, 'W'), (3, 'Kansas City Chiefs', 280, 55, 3, 1, 'L'),
             (4, 'New England Patriots', 244, 12, 2, 0, 'W'), (5, 'Houston Texans', 301, 30, 2, 1, 'W')) AS g(n, opp, py, ry, ptd, rtd, res);
INSERT INTO player_recent_stats (player_id, player_name, sport, team, game_date, opponent, is_home, hits, at_bats, home_runs, rbis, total_bases, strikeouts, walks, game_result)
SELECT '20000000-0000-4000-8000-000000000004', 'Aaron Judge', 'MLB', 'New York Yankees', current_date - g.n, g.opp, true, g.h, 4, g.hr, g.rbi, g.tb, g.k, g.bb, g.res
FROM (VALUES (1, 'Boston Red Sox', 1, 0, 0, 1, 2, 1, 'W'), (2, 'Toronto Blue Jays', 2, 1, 3, 5, 1, 0, 'W'), (3, 'Toronto Blue Jays', 0, 0, 0, 0, 3, 1, 'L'),
             (4, 'Baltimore Orioles', 3, 1, 2, 6, 0, 1, 'W'), (5, 'Baltimore Orioles', 1, 0, 1, 2, 1, 0, 'L'), (6, 'Tampa Bay Rays', 2, 0, 1, 3, 1, 1, 'W')) AS g(n, opp, h, hr, rbi, tb, k, bb, res);

INSERT INTO team_recent_stats (team_name, sport, game_date, opponent_team, is_home, team_score, opponent_score, game_result, spread_line, spread_result, total_line, total_result)
SELECT 'Boston Celtics', 'NBA', current_date - g.n * 2, g.opp, g.n % 2 = 0, g.ts, g.os, CASE WHEN g.ts > g.os THEN 'W' ELSE 'L' END, g.spread,
       CASE WHEN g.ts - g.os + g.spread > 0 THEN 'W' WHEN g.ts - g.os + g.spread < 0 THEN 'L' ELSE 'P' END, g.total,
       CASE WHEN g.ts + g.os > g.total THEN 'O' WHEN g.ts + g.os < g.total THEN 'U' ELSE 'P' END
FROM (VALUES (1, 'Miami Heat', 112, 104, -6.5, 214.5), (2, 'Philadelphia 76ers', 118, 110, -5.0, 223.0), (3, 'Orlando Magic', 99, 103, -7.5, 208.5),
             (4, 'Chicago Bulls', 121, 101, -9.5, 226.5), (5, 'Toronto Raptors', 125, 111, -11.0, 229.5), (6, 'Atlanta Hawks', 108, 114, -4.5, 231.0)) AS g(n, opp, ts, os, spread, total);
INSERT INTO team_recent_stats (team_name, sport, game_date, opponent_team, is_home, team_score, opponent_score, game_result, spread_line, spread_result, total_line, total_result) VALUES
 ('Buffalo Bills', 'NFL', current_date - 7,  'Miami Dolphins',       false, 31, 24, 'W', -3.0, 'W', 48.5, 'O'),
 ('Buffalo Bills', 'NFL', current_date - 14, 'New York Jets',        true,  23, 20, 'W', -7.0, 'L', 42.5, 'O'),
 ('Buffalo Bills', 'NFL', current_date - 21, 'Kansas City Chiefs',   false, 24, 27, 'L',  2.5, 'L', 47.0, 'O'),
 ('Georgia Bulldogs', 'College Football', current_date - 7, 'Tennessee Volunteers', true, 31, 17, 'W', -9.5, 'W', 49.5, 'U');

INSERT INTO injury_reports (player_name, team_name, position, injury_status, estimated_return_date, description, sport, source, source_url, is_active, scraped_at) VALUES
 ('Jalen Brunson', 'New York Knicks', 'PG', 'Questionable', current_date + 1, 'Right ankle soreness; went through shootaround.', 'NBA', 'ESPN_SCRAPE', 'https://www.espn.com/nba/injuries', true, now() - interval '3 hours'),
 ('Kristaps Porzingis', 'Boston Celtics', 'C', 'Out', current_date + 10, 'Left ankle sprain.', 'NBA', 'ESPN_SCRAPE', 'https://www.espn.com/nba/injuries', true, now() - interval '3 hours'),
 ('Jamel Dean', 'Tampa Bay Buccaneers', 'CB', 'Out', current_date + 14, 'Hamstring; placed on injured reserve.', 'NFL', 'ESPN_SCRAPE', 'https://www.espn.com/nfl/injuries', true, now() - interval '5 hours'),
 ('Zyon McCollum', 'Tampa Bay Buccaneers', 'CB', 'Doubtful', current_date + 5, 'Hip; did not practice Wednesday.', 'NFL', 'ESPN_SCRAPE', 'https://www.espn.com/nfl/injuries', true, now() - interval '5 hours'),
 ('Giancarlo Stanton', 'New York Yankees', 'DH', 'Day-To-Day', NULL, 'Elbow tendinitis.', 'MLB', 'ESPN_SCRAPE', 'https://www.espn.com/mlb/injuries', false, now() - interval '9 days');

INSERT INTO daily_professor_insights (insight_text, insight_order, date_generated, title, description, category, confidence, impact, research_sources, game_info, teams) VALUES
 ('The Knicks are on the second night of a back-to-back and have covered only 3 of their last 11 in that spot.', 1, current_date, 'Knicks fatigue spot', 'Rest edge for Boston tonight.', 'trends', 74, 'high', ARRAY['https://www.teamrankings.com/nba/'], '{"matchup": "Boston Celtics vs New York Knicks"}', ARRAY['Boston Celtics', 'New York Knicks']),
 ('Tampa Bay will be without two starting cornerbacks, which matters against a Bills offence that throws 62% of the time.', 2, current_date, 'Bucs secondary depleted', 'Passing props lean over.', 'injury', 70, 'high', ARRAY['https://www.espn.com/nfl/injuries'], '{"matchup": "Tampa Bay Buccaneers @ Buffalo Bills"}', ARRAY['Buffalo Bills', 'Tampa Bay Buccaneers']),
 ('Winds of 15-20 mph are forecast at Sanford Stadium, which historically pushes totals under.', 3, current_date, 'Wind in Athens', 'Consider the under in Georgia vs Alabama.', 'weather', 62, 'medium', ARRAY['https://weather.gov'], '{"matchup": "Alabama Crimson Tide @ Georgia Bulldogs"}', ARRAY['Georgia Bulldogs', 'Alabama Crimson Tide']),
 ('Home favourites of 3 points or fewer are 58% ATS in the NBA this month.', 1, current_date - 1, 'Short home favourites', 'Month-long trend.', 'trends', 55, 'low', ARRAY['https://www.covers.com'], NULL, NULL);
