import Foundation
import SPBECore

/// Options shared by many commands , declared once.
public enum CommonOptions {
    /// Stripped from anywhere on the command line by `Tool` before a command parses; listed here for help.
    public static let lang = Option<String>(
        "lang", value: "id|en",
        help: Localized(
            en: "language of the output (default from LANG)", indonesian: "bahasa keluaran (bawaan dari LANG)"))
    public static let help = Flag(
        "help", short: "h", help: Localized(en: "show this help", indonesian: "tampilkan bantuan ini"))

    /// `--stage`, default `final`.
    static let stage = Option<Stage>(
        "stage",
        help: Localized(
            en: "which stage's levels to use (default final: the last external stage present)",
            indonesian: "tahap yang dipakai (bawaan 'final', yaitu tahap akhir: tahap eksternal terakhir yang ada)"))

    /// `--today YYYY-MM-DD`, checked as it is read.
    static func today(help: Localized) -> Option<String> { date("today", help: help) }

    /// `--agency ID`: an agency's own view (what it owns).
    static let agency = Option<String>(
        "agency", value: "ID",
        help: Localized(
            en: "only what this agency owns: its indicators, its file, its steps",
            indonesian: "hanya milik perangkat daerah ini: indikatornya, berkasnya, langkahnya"), completion: .agency)

    /// With `--agency`: only the scopes whose manifest lists the agency (a province's regencies may each have a
    /// bappeda, and a scope without one has nothing of it to show); fails when no scope lists it.
    static func narrowed(to agency: String?, _ revision: LoadedRevision) throws -> LoadedRevision {
        guard let agency else { return revision }
        try requireAgency(agency, revision)
        return revision.keeping { $0.manifest?.agency(agency) != nil }
    }

    /// Fails when no scope of the revision lists the agency.
    static func requireAgency(_ agency: String?, _ revision: LoadedRevision) throws {
        guard let agency else { return }
        var known: [String] = []
        for id in revision.scopes.compactMap(\.manifest).flatMap({ $0.agencies.map(\.id) }) where !known.contains(id) {
            known.append(id)
        }
        guard known.contains(agency) else {
            throw ToolError(Messages.unknownAgencyOption(agency, known, scopes: revision.allScopeIDs))
        }
    }

    /// `SCOPE/INDICATOR` (`kota-contoh/P07`) as its two parts; anything else is a usage error whose example is
    /// the repository's own first scope and indicator, read from `revision` only then.
    static func scopeAndIndicator(_ target: String, example revision: () throws -> LoadedRevision) throws -> (
        scope: String, indicator: String
    ) {
        let parts = target.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            let scope = try? revision().scopes.first
            let example = scope.flatMap { scope in
                scope.framework?.framework.indicators.first.map { "\(scope.id)/\($0.id)" }
            }
            throw UsageError(Messages.badBlameTarget(target, example: example))
        }
        return (String(parts[0]), String(parts[1]))
    }

    /// A calendar-date option (`--NAME YYYY-MM-DD`), checked as it is read.
    static func date(_ name: String, help: Localized) -> Option<String> {
        Option(name, value: "YYYY-MM-DD", help: help) { value in
            guard Formats.isCalendarDate(value) else { throw UsageError(Messages.badDate("--" + name, value)) }
            return value
        }
    }

    /// Fails when the revision has no scope at all, or lacks a scope asked for with `--scope`.
    static func requireScopes(_ revision: LoadedRevision, wanted: [String]) throws {
        for scope in wanted where !revision.scopes.contains(where: { $0.id == scope }) {
            throw ToolError(Messages.unknownScope(scope, revision.allScopeIDs))
        }
        if revision.scopes.isEmpty { throw ToolError(Messages.noScopes) }
    }

    /// `--category`: what kind of instansi (the manifest's `category`).
    static let category = Option<String>(
        "category", value: "pusat|provinsi|kabupaten|kota",
        help: Localized(
            en: "the instansi's category (default: from the id, kabupaten-… is a kabupaten)",
            indonesian: "kategori instansi (bawaan: dari id, kabupaten-… adalah kabupaten)")
    ) { category in
        guard ["pusat", "provinsi", "kabupaten", "kota"].contains(category) else {
            throw UsageError(Messages.badCategory(category))
        }
        return category
    }

    /// `--coordinator-email`: who coordinates a new instansi (written into its manifest).
    static let coordinatorEmail = email(
        "coordinator-email",
        help: Localized(
            en: "the coordinator's email, written into the manifest (default: the email git would commit with)",
            indonesian: "surel koordinator, ditulis ke manifes (bawaan: surel yang dipakai git untuk commit)"))

    /// An email option, checked as it is read as lint's `maintainer-email` checks it.
    static func email(_ name: String, help: Localized) -> Option<String> {
        Option(name, value: "EMAIL", help: help) { email in
            guard EmailAddress.isValid(email) else { throw UsageError(Messages.badEmail(email)) }
            return email
        }
    }

    /// `--indicators P05,P06`: a comma-separated list of indicator ids (repeatable).
    static func indicatorList(help: Localized) -> Option<[String]> {
        Option("indicators", value: "ID,ID", help: help) { list in
            list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// Every id the `--indicators` options name, in order, each once.
    static func indicators(_ arguments: ParsedArguments, _ option: Option<[String]>) throws -> [String] {
        var ids: [String] = []
        for id in try arguments.all(option).flatMap({ $0 }) where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// An id option (`kota-baru`, `bappeda`): lowercase letters, digits and single dashes, as the schemas require.
    static func id(_ name: String, help: Localized) -> Option<String> {
        Option(name, value: "ID", help: help) { id in
            guard AssessmentPath.isID(id) else { throw UsageError(Messages.badScopeID(id)) }
            return id
        }
    }
}
