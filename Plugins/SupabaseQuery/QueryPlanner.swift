import Foundation
import PostgresNIO

/// Turns validated arguments into one parameterised `SELECT`.
///
/// Identifiers, casts and operators in the SQL text come only from ``DatasetCatalog`` and this file;
/// every value the model sends is a bind parameter. Each row comes back as one JSON object
/// (`json_build_object`), keyed by the allowed column names.
enum QueryPlanner {
    static let maximumFilters = 12

    /// - Parameter fetchLimit: the most rows wanted; the query asks for one more to detect truncation.
    static func query(for arguments: SupabaseQueryArguments, fetchLimit: Int) throws(SupabaseQueryError) -> PostgresQuery {
        let definition = DatasetCatalog.definition(of: arguments.dataset)
        guard arguments.filters.count <= maximumFilters else { throw .tooManyFilters(maximum: maximumFilters) }

        var binds = PostgresBindings(capacity: arguments.filters.count + 1)
        var conditions: [String] = []
        for filter in arguments.filters {
            conditions.append(try condition(for: filter, in: definition, binds: &binds))
        }

        let orderName = arguments.orderBy ?? definition.defaultOrder
        guard let orderColumn = definition.column(named: orderName) else {
            throw unknownColumn(orderName, in: definition)
        }
        guard orderColumn.type.isOrderable else {
            throw .notOrderable(column: orderName, orderable: definition.columns.filter(\.type.isOrderable).map(\.name))
        }
        let descending = arguments.descending ?? (arguments.orderBy == nil ? definition.defaultDescending : false)

        let fields = definition.columns.map { "'\($0.name)', \($0.sql)" }.joined(separator: ", ")
        let table = "\"\(definition.table)\""
        let order = "\(orderColumn.sql) \(descending ? "DESC" : "ASC") NULLS LAST, \"id\""
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        binds.append(fetchLimit + 1)
        // Two stages: pick the ids (an index-only scan when an index covers filter and order), then read
        // only those rows, instead of fetching every matching row from the heap before the top-N sort.
        let sql = "SELECT json_build_object(\(fields))::text FROM \(table) WHERE \"id\" IN "
            + "(SELECT \"id\" FROM \(table)\(filter) ORDER BY \(order) LIMIT $\(binds.count)) ORDER BY \(order)"
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    private static func condition(
        for filter: QueryFilter, in definition: DatasetDefinition, binds: inout PostgresBindings
    ) throws(SupabaseQueryError) -> String {
        guard let column = definition.column(named: filter.column) else { throw unknownColumn(filter.column, in: definition) }
        guard let sqlType = column.type.sqlType else {
            throw .notFilterable(column: column.name, filterable: definition.columns.filter { $0.type.sqlType != nil }.map(\.name))
        }

        switch filter.op {
        case .in:
            let items = filter.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !items.isEmpty else { throw .emptyList(column: column.name) }
            var values: [String] = []
            for item in items { values += try matchValues(item, column: column) }
            binds.append(values)
            return "\(column.sql) = ANY($\(binds.count)::\(sqlType)[])"
        case .eq, .neq:
            let values = try matchValues(filter.value, column: column)
            if column.isSport {
                binds.append(values)
                let test = "\(column.sql) = ANY($\(binds.count)::text[])"
                return filter.op == .eq ? test : "NOT (\(test))"
            }
            binds.append(values[0])
            return "\(column.sql) \(filter.op == .eq ? "=" : "<>") $\(binds.count)::\(sqlType)"
        case .gt, .gte, .lt, .lte:
            guard column.type.isOrderable else {
                throw .operatorNotSupported(op: filter.op.rawValue, column: column.name, reason: "it is true/false; use eq")
            }
            binds.append(try canonical(filter.value, column: column))
            let symbol = switch filter.op {
            case .gt: ">"
            case .gte: ">="
            case .lt: "<"
            default: "<="
            }
            return "\(column.sql) \(symbol) $\(binds.count)::\(sqlType)"
        case .ilike:
            guard column.type == .text else {
                throw .operatorNotSupported(op: "ilike", column: column.name, reason: "it only applies to text columns")
            }
            guard filter.value.count <= 200 else {
                throw .invalidValue(column: column.name, value: filter.value, expected: ColumnType.text.expectation)
            }
            binds.append(filter.value.contains("%") ? filter.value : "%\(escapedForLike(filter.value))%")
            return "\(column.sql) ILIKE $\(binds.count)"
        }
    }

    /// The values an equality test on `column` should match: every stored spelling for a sport label.
    private static func matchValues(_ raw: String, column: AllowedColumn) throws(SupabaseQueryError) -> [String] {
        let value = try canonical(raw, column: column)
        return column.isSport ? SportLabel.storedSpellings(of: value) : [value]
    }

    private static func canonical(_ raw: String, column: AllowedColumn) throws(SupabaseQueryError) -> String {
        guard let value = column.type.canonical(raw) else {
            throw .invalidValue(column: column.name, value: raw, expected: column.type.expectation)
        }
        return value
    }

    /// Makes `_` and `\` literal in an ILIKE pattern (the value has no `%`).
    private static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "_", with: "\\_")
    }

    private static func unknownColumn(_ name: String, in definition: DatasetDefinition) -> SupabaseQueryError {
        .unknownColumn(dataset: definition.dataset.rawValue, column: name, allowed: definition.columns.map(\.name))
    }
}
