import ChatKit
import Foundation
import NIOCore
import SQLKit

extension SQLStore {
    /// Encodes a record with ChatKit's storage encoding, which keeps server-only fields
    /// (`Attachment.metadata`, `ThreadMetadata.metadata`).
    func storagePayload(_ value: some Encodable) throws -> String {
        String(decoding: try ChatKitCoding.storageBytes(value), as: UTF8.self)
    }

    /// Reads one page of records with ``KeysetPage``.
    func loadPage<Record: Decodable & Sendable>(
        _ keyset: KeysetPage, kind: StoreRecordKind, after: String?, limit: Int, order: PageOrder,
        id: (Record) -> String
    ) async throws -> Page<Record> {
        let query = keyset.query(after: after, limit: limit, order: order, flavor: backend.flavor)
        let records: [Record] = try await backend.withDatabase { database, path in
            try await database.raw(query).allRows(path).map { try Self.decodePayload($0, kind: kind) }
        }
        return KeysetPage.page(from: records, limit: limit, id: id)
    }

    /// Reads the record with `id` in `scope` of `table`; throws ``StoreError/notFound(_:id:)`` when there is none.
    func loadRecord<Record: Decodable & Sendable>(
        table: String, kind: StoreRecordKind, id: String, scope: SQLQueryString
    ) async throws -> Record {
        let query: SQLQueryString =
            "SELECT id, \(backend.flavor.payloadColumn) FROM \(ident: table) WHERE \(scope) AND id = \(bind: id)"
        let record: Record? = try await backend.withDatabase { database, path in
            try await database.raw(query).firstRow(path).map { try Self.decodePayload($0, kind: kind) }
        }
        guard let record else { throw StoreError.notFound(kind, id: id) }
        return record
    }

    /// Runs a statement that returns no rows.
    func execute(_ query: SQLQueryString) async throws {
        try await backend.withDatabase { database, path in
            try await database.raw(query).run(path)
        }
    }

    /// Runs a statement and reports whether it returned a row (used with `RETURNING`).
    func executeReturningRow(_ query: SQLQueryString) async throws -> Bool {
        try await backend.withDatabase { database, path in
            try await database.raw(query).firstRow(path) != nil
        }
    }

    /// Decodes a row's `payload` column, naming the row when it does not decode.
    private static func decodePayload<Record: Decodable>(_ row: any SQLRow, kind: StoreRecordKind) throws -> Record {
        let id = (try? row.decode(column: "id", as: String.self)) ?? "?"
        do {
            let payload = try row.decode(column: "payload", as: String.self)
            return try ChatKitCoding.decoder().decode(Record.self, from: Data(payload.utf8))
        } catch {
            throw StoreError.corruptRecord(kind, id: id, reason: "\(error)")
        }
    }
}
