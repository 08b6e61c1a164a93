import Testing
@testable import SPBECore

/// Which paths the loader checks, and against which schema, before it reads them in parallel.
struct LoaderPathTests {
    @Test func jsonFilesDirectlyInAScopeFolderAreChecked() {
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/instansi.json") == .instansi)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/bappeda.json") == .assessment)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/xinstansi.json") == .assessment)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/dinas-é.json") == .assessment)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/lampiran/bappeda.json") == nil)
        #expect(AssessmentLoader.kind(of: "assessments/bappeda.json") == nil)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/catatan.md") == nil)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/json") == nil)
        #expect(AssessmentLoader.kind(of: "assessments/kota-contoh/.json") == .assessment)
        #expect(AssessmentLoader.scopeName(of: "assessments/kota-contoh/bappeda.json") == "kota-contoh")
    }
}
