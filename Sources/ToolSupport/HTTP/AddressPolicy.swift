/// Which resolved addresses a ``FetchTarget/publicWeb`` URL may reach.
public struct AddressPolicy: Sendable, Hashable {
    private let allowsAll: Bool
    private let allowed: Set<IPAddress>

    /// Globally routable unicast addresses only (the default for scraping).
    public static let publicOnly = AddressPolicy(allowsAll: false, allowed: [])
    /// Any address (`WEB_SEARCH_ALLOW_PRIVATE=1`: tests, self-hosted setups).
    public static let any = AddressPolicy(allowsAll: true, allowed: [])

    /// Public addresses plus these (a self-hosted mirror on a known private address).
    public static func publicOr(_ addresses: Set<IPAddress>) -> AddressPolicy {
        AddressPolicy(allowsAll: false, allowed: addresses)
    }

    var checksAddresses: Bool { !allowsAll }

    public func allows(_ address: IPAddress) -> Bool {
        allowsAll || address.isPublic || allowed.contains(address)
    }
}
