import Testing

@testable import SPBECore

/// The repository layout, decided by `AssessmentPath` alone.
struct LoaderPathTests {
    @Test func classifiesPaths() {
        #expect(AssessmentPath("assessments/kota-contoh/instansi.json") == .manifest(scope: "kota-contoh"))
        #expect(
            AssessmentPath("assessments/kota-contoh/bappeda.json")
                == .agencyFile(scope: "kota-contoh", agency: "bappeda"))
        #expect(AssessmentPath("assessments/kota-contoh/xinstansi.json").agency == "xinstansi")
        #expect(AssessmentPath("assessments/kota-contoh/dinas-é.json").agency == "dinas-é")
        #expect(AssessmentPath("assessments/kota-contoh/lampiran/bappeda.json") == .otherInScope(scope: "kota-contoh"))
        #expect(AssessmentPath("assessments/bappeda.json") == .outside)
        #expect(AssessmentPath("assessments/kota-contoh/catatan.md") == .otherInScope(scope: "kota-contoh"))
        #expect(AssessmentPath("assessments/kota-contoh/json") == .otherInScope(scope: "kota-contoh"))
        #expect(AssessmentPath("assessments/kota-contoh/.json") == .agencyFile(scope: "kota-contoh", agency: ""))
        #expect(AssessmentPath("schemas/frameworks/spbe-2020.json") == .outside)
        #expect(AssessmentPath("assessmentsx/kota/a.json") == .outside)
        #expect(AssessmentPath("assessments/kota-contoh/bappeda.json").scope == "kota-contoh")
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/instansi.json") == .instansi)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/bappeda.json") == .assessment)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/catatan.md") == nil)
    }

    @Test func buildsPaths() {
        #expect(AssessmentPath.manifest(of: "kota") == "assessments/kota/instansi.json")
        #expect(AssessmentPath.agencyFile(of: "bappeda", in: "kota") == "assessments/kota/bappeda.json")
        #expect(
            AssessmentPath(AssessmentPath.agencyFile(of: "bappeda", in: "kota"))
                == .agencyFile(scope: "kota", agency: "bappeda"))
    }
}
