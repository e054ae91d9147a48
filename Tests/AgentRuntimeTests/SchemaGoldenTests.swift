import AgentRuntime
import JSONValue
import Testing

/// agent-loop.md §1.5: the Agents SDK's exact strict schemas, reproduced from Swift types.
@Suite("Schema golden outputs (agent-loop.md §1.5)")
struct SchemaGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let tool: String
        let schema: @Sendable () throws -> JSONValue
        let expected: String
        var testDescription: String { tool }
    }

    static let cases: [Case] = [
        // 1. str plus an int with a default
        Case(tool: "web_search", schema: { try ToolSchema.parameters(for: SchemaGolden.WebSearchArguments.self, toolName: "web_search") }, expected: #"""
            {
              "properties": {
                "query": {
                  "description": "The search query.",
                  "title": "Query",
                  "type": "string"
                },
                "max_results": {
                  "default": 5,
                  "description": "Maximum number of results to return.",
                  "title": "Max Results",
                  "type": "integer"
                }
              },
              "required": [
                "query",
                "max_results"
              ],
              "title": "web_search_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 2. literal enum, optional list, string default
        Case(tool: "get_odds", schema: { try ToolSchema.parameters(for: SchemaGolden.GetOddsArguments.self, toolName: "get_odds") }, expected: #"""
            {
              "properties": {
                "sport": {
                  "description": "League to fetch odds for.",
                  "enum": [
                    "nfl",
                    "nba",
                    "mlb",
                    "nhl"
                  ],
                  "title": "Sport",
                  "type": "string"
                },
                "markets": {
                  "anyOf": [
                    {
                      "items": {
                        "type": "string"
                      },
                      "type": "array"
                    },
                    {
                      "type": "null"
                    }
                  ],
                  "description": "Optional list of markets such as h2h, spreads, totals.",
                  "title": "Markets"
                },
                "region": {
                  "default": "us",
                  "description": "Bookmaker region code.",
                  "title": "Region",
                  "type": "string"
                }
              },
              "required": [
                "sport",
                "markets",
                "region"
              ],
              "title": "get_odds_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 3. list of nested models with an enum inside
        Case(tool: "build_parlay", schema: { try ToolSchema.parameters(for: SchemaGolden.BuildParlayArguments.self, toolName: "build_parlay") }, expected: #"""
            {
              "$defs": {
                "Market": {
                  "enum": [
                    "moneyline",
                    "spread",
                    "total"
                  ],
                  "title": "Market",
                  "type": "string"
                },
                "ParlayLeg": {
                  "description": "One leg of a parlay.",
                  "properties": {
                    "game_id": {
                      "description": "Identifier of the game",
                      "title": "Game Id",
                      "type": "string"
                    },
                    "market": {
                      "$ref": "#/$defs/Market"
                    },
                    "selection": {
                      "title": "Selection",
                      "type": "string"
                    },
                    "american_odds": {
                      "title": "American Odds",
                      "type": "integer"
                    },
                    "line": {
                      "anyOf": [
                        {
                          "type": "number"
                        },
                        {
                          "type": "null"
                        }
                      ],
                      "title": "Line"
                    }
                  },
                  "required": [
                    "game_id",
                    "market",
                    "selection",
                    "american_odds",
                    "line"
                  ],
                  "title": "ParlayLeg",
                  "type": "object",
                  "additionalProperties": false
                }
              },
              "properties": {
                "legs": {
                  "description": "The legs of the parlay.",
                  "items": {
                    "$ref": "#/$defs/ParlayLeg"
                  },
                  "title": "Legs",
                  "type": "array"
                },
                "stake": {
                  "description": "Amount to wager in dollars.",
                  "title": "Stake",
                  "type": "number"
                }
              },
              "required": [
                "legs",
                "stake"
              ],
              "title": "build_parlay_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 4. bool and an optional number without default
        Case(tool: "set_alert", schema: { try ToolSchema.parameters(for: SchemaGolden.SetAlertArguments.self, toolName: "set_alert") }, expected: #"""
            {
              "properties": {
                "team": {
                  "description": "Team name.",
                  "title": "Team",
                  "type": "string"
                },
                "enabled": {
                  "description": "Whether the alert is on.",
                  "title": "Enabled",
                  "type": "boolean"
                },
                "threshold": {
                  "anyOf": [
                    {
                      "type": "number"
                    },
                    {
                      "type": "null"
                    }
                  ],
                  "description": "Minimum line move in points, or null for any move.",
                  "title": "Threshold"
                }
              },
              "required": [
                "team",
                "enabled",
                "threshold"
              ],
              "title": "set_alert_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 5. Int enum stays a $ref, String enum with default is inlined
        Case(tool: "create_task", schema: { try ToolSchema.parameters(for: SchemaGolden.CreateTaskArguments.self, toolName: "create_task") }, expected: #"""
            {
              "$defs": {
                "Color": {
                  "enum": [
                    "red",
                    "green"
                  ],
                  "title": "Color",
                  "type": "string"
                },
                "Priority": {
                  "enum": [
                    1,
                    2,
                    3
                  ],
                  "title": "Priority",
                  "type": "integer"
                }
              },
              "properties": {
                "title": {
                  "title": "Title",
                  "type": "string"
                },
                "priority": {
                  "$ref": "#/$defs/Priority"
                },
                "color": {
                  "default": "red",
                  "enum": [
                    "red",
                    "green"
                  ],
                  "title": "Color",
                  "type": "string"
                }
              },
              "required": [
                "title",
                "priority",
                "color"
              ],
              "title": "create_task_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 6. number and integer lists, an int-or-string union
        Case(tool: "summarize_scores", schema: { try ToolSchema.parameters(for: SchemaGolden.SummarizeScoresArguments.self, toolName: "summarize_scores") }, expected: #"""
            {
              "properties": {
                "scores": {
                  "description": "The raw scores.",
                  "items": {
                    "type": "number"
                  },
                  "title": "Scores",
                  "type": "array"
                },
                "weights": {
                  "description": "Integer weights, same length as scores.",
                  "items": {
                    "type": "integer"
                  },
                  "title": "Weights",
                  "type": "array"
                },
                "label": {
                  "anyOf": [
                    {
                      "type": "integer"
                    },
                    {
                      "type": "string"
                    }
                  ],
                  "description": "A label, either numeric or text.",
                  "title": "Label"
                }
              },
              "required": [
                "scores",
                "weights",
                "label"
              ],
              "title": "summarize_scores_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 7. no parameters
        Case(tool: "get_time", schema: { try ToolSchema.parameters(for: SchemaGolden.GetTimeArguments.self, toolName: "get_time") }, expected: #"""
            {
              "properties": {},
              "title": "get_time_args",
              "type": "object",
              "additionalProperties": false,
              "required": []
            }
            """#),
        // 8. description, default and numeric bounds
        Case(tool: "fetch_page", schema: { try ToolSchema.parameters(for: SchemaGolden.FetchPageArguments.self, toolName: "fetch_page") }, expected: #"""
            {
              "properties": {
                "url": {
                  "description": "Absolute URL to fetch",
                  "title": "Url",
                  "type": "string"
                },
                "timeout_s": {
                  "default": 10.0,
                  "description": "Timeout in seconds",
                  "exclusiveMinimum": 0,
                  "maximum": 60,
                  "title": "Timeout S",
                  "type": "number"
                }
              },
              "required": [
                "url",
                "timeout_s"
              ],
              "title": "fetch_page_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 9. model parameter with a description is inlined, nested and optional models
        Case(tool: "save_contact", schema: { try ToolSchema.parameters(for: SchemaGolden.SaveContactArguments.self, toolName: "save_contact") }, expected: #"""
            {
              "$defs": {
                "Address": {
                  "properties": {
                    "street": {
                      "title": "Street",
                      "type": "string"
                    },
                    "city": {
                      "title": "City",
                      "type": "string"
                    },
                    "zip": {
                      "anyOf": [
                        {
                          "type": "string"
                        },
                        {
                          "type": "null"
                        }
                      ],
                      "title": "Zip"
                    }
                  },
                  "required": [
                    "street",
                    "city",
                    "zip"
                  ],
                  "title": "Address",
                  "type": "object",
                  "additionalProperties": false
                },
                "Person": {
                  "properties": {
                    "name": {
                      "title": "Name",
                      "type": "string"
                    },
                    "age": {
                      "default": 0,
                      "title": "Age",
                      "type": "integer"
                    },
                    "home": {
                      "$ref": "#/$defs/Address"
                    },
                    "work": {
                      "anyOf": [
                        {
                          "$ref": "#/$defs/Address"
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "tags": {
                      "default": [],
                      "items": {
                        "type": "string"
                      },
                      "title": "Tags",
                      "type": "array"
                    }
                  },
                  "required": [
                    "name",
                    "age",
                    "home",
                    "work",
                    "tags"
                  ],
                  "title": "Person",
                  "type": "object",
                  "additionalProperties": false
                }
              },
              "properties": {
                "person": {
                  "description": "The contact to save.",
                  "properties": {
                    "name": {
                      "title": "Name",
                      "type": "string"
                    },
                    "age": {
                      "default": 0,
                      "title": "Age",
                      "type": "integer"
                    },
                    "home": {
                      "$ref": "#/$defs/Address"
                    },
                    "work": {
                      "anyOf": [
                        {
                          "$ref": "#/$defs/Address"
                        },
                        {
                          "type": "null"
                        }
                      ]
                    },
                    "tags": {
                      "default": [],
                      "items": {
                        "type": "string"
                      },
                      "title": "Tags",
                      "type": "array"
                    }
                  },
                  "required": [
                    "name",
                    "age",
                    "home",
                    "work",
                    "tags"
                  ],
                  "title": "Person",
                  "type": "object",
                  "additionalProperties": false
                },
                "notify": {
                  "default": false,
                  "description": "Send a notification.",
                  "title": "Notify",
                  "type": "boolean"
                }
              },
              "required": [
                "person",
                "notify"
              ],
              "title": "save_contact_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
        // 10. recursive model
        Case(tool: "tree", schema: { try ToolSchema.parameters(for: SchemaGolden.TreeArguments.self, toolName: "tree") }, expected: #"""
            {
              "$defs": {
                "Node": {
                  "properties": {
                    "value": {
                      "title": "Value",
                      "type": "integer"
                    },
                    "children": {
                      "default": [],
                      "items": {
                        "$ref": "#/$defs/Node"
                      },
                      "title": "Children",
                      "type": "array"
                    }
                  },
                  "required": [
                    "value",
                    "children"
                  ],
                  "title": "Node",
                  "type": "object",
                  "additionalProperties": false
                }
              },
              "properties": {
                "root": {
                  "$ref": "#/$defs/Node"
                }
              },
              "required": [
                "root"
              ],
              "title": "tree_args",
              "type": "object",
              "additionalProperties": false
            }
            """#),
    ]

    @Test("generated strict schema equals the SDK output", arguments: cases)
    func matchesGolden(_ golden: Case) throws {
        let generated = try golden.schema()
        let expected = try schemaTestJSON(golden.expected)
        #expect(numericallyNormalized(generated) == numericallyNormalized(expected), "\(generated.jsonString())")
    }
}
