import SPBECore

/// The files `spbe init` writes besides the assessments: schemas, framework, README, CI and hook definitions.
enum Scaffold {
    static let executables: Set<String> = []

    static func files(scope: String, framework: Framework) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (name, bytes) in BuiltIn.schemas { files["schemas/\(name)"] = bytes }
        for (id, bytes) in BuiltIn.frameworkFiles { files["schemas/frameworks/\(id).json"] = bytes }
        files["README.md"] = Array(readme(scope: scope, framework: framework).utf8)
        files[".gitignore"] = Array(gitignore.utf8)
        files[".github/workflows/spbe.yml"] = Array(githubWorkflow.utf8)
        files[".gitlab-ci.yml"] = Array(gitlabCI.utf8)
        files[".pre-commit-config.yaml"] = Array(preCommit.utf8)
        return files
    }

    /// Files editors and operating systems leave beside the assessments, which are not assessments.
    static let gitignore = """
        .DS_Store
        Thumbs.db
        desktop.ini
        *.swp
        *~
        ~$*

        """

    /// What a value looks like under the framework: `1-5, bilangan bulat`, `1.00-5.00, paling banyak 2 angka desimal`.
    static func values(_ framework: Framework) -> String {
        let range = "\(framework.values.min)-\(framework.values.max)"
        guard framework.values.decimals > 0 else { return range + ", bilangan bulat" }
        return
            "\(framework.values.min).00-\(framework.values.max).00, paling banyak \(framework.values.decimals) angka desimal"
    }

    static func readme(scope: String, framework: Framework) -> String {
        """
        # Penilaian mandiri \(framework.indexName) — \(scope)

        Repositori ini menyimpan penilaian mandiri \(framework.name) sebagai berkas JSON, satu berkas per
        perangkat daerah, dan diperiksa dengan alat baris perintah `spbe` di setiap merge request.

        ## Untuk perangkat daerah

        1. Sunting hanya berkas perangkat daerah Anda: `assessments/\(scope)/<id-perangkat-daerah>.json`.
           Editor yang membaca `$schema` (mis. VS Code) menampilkan penjelasan setiap isian. Bila berkas Anda belum
           ada, buat dengan isi `{"$schema": "../../schemas/assessment.schema.json", "agency": "<id-perangkat-daerah>",
           "cycle": "<siklus di instansi.json>", "indicators": {}}` (koordinator juga menyiapkannya dengan
           `spbe cycle open`).
        2. Untuk setiap indikator milik Anda (lihat `instansi.json`) isi `level` (\(values(framework))),
           `explanation` (fakta dan analisis) dan `evidence` (data dukung: `path` ke berkas di folder
           `evidence/<id-perangkat-daerah>/` atau `url`). Tingkat 2 ke atas wajib memiliki data dukung.
        3. Tambahkan berkas data dukung dengan `spbe evidence add \(scope)/<indikator> <berkas>`; setelah mengganti
           berkas, catat sha256-nya dengan `spbe evidence --write`.
        4. Sebelum commit, periksa berkas Anda: `spbe lint --worktree`.
        5. Commit dengan surel Anda yang tercantum di `instansi.json` (`git config user.email`), lalu kirim
           perubahan melalui merge request; CI menjalankan `spbe lint` dan `spbe score`.

        ## Untuk Tim Koordinasi

        - `assessments/\(scope)/instansi.json` menetapkan perangkat daerah, pengelolanya (surel penulis commit) dan
          indikator milik masing-masing; setiap indikator dimiliki tepat satu perangkat daerah. Ganti contoh
          `spbe.diskominfo@example.go.id` dengan surel pengelola yang sebenarnya.
        - `spbe score` menghitung indeks; `spbe status` menunjukkan siapa yang belum mereviu.
        - Tutup siklus dengan tag: `git tag -a cycle/<tahun> -m "Siklus <tahun>"`; buka siklus berikutnya dengan
          `spbe cycle open <tahun>`.
        - `spbe diff` menjelaskan perubahan indeks; `spbe report --out laporan.html` membuat laporan untuk pimpinan.
        """ + "\n"
    }

    /// Builds spbe from its source in CI: set the repository (or group) variable `SPBE_SOURCE` to the git URL of
    /// the spbe your organisation uses (and optionally `SPBE_REF`, a tag or branch).
    static let install = """
        apt-get update -qq && apt-get install -y -qq libgit2-dev pkg-config git >/dev/null
        git clone --quiet --depth 1 --branch "${SPBE_REF:-main}" "$SPBE_SOURCE" /tmp/spbe
        swift build -c release --static-swift-stdlib --package-path /tmp/spbe --product spbe
        install /tmp/spbe/.build/release/spbe /usr/local/bin/spbe
        """

    static let githubWorkflow = """
        name: spbe
        on: [pull_request, push]
        jobs:
          spbe:
            runs-on: ubuntu-latest
            container: swift:6.1
            permissions: { contents: read, security-events: write }
            env:
              SPBE_SOURCE: ${{ vars.SPBE_SOURCE }}
              SPBE_REF: ${{ vars.SPBE_REF }}
            steps:
              - name: Install spbe
                run: |
        \(install.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))
              - uses: actions/checkout@v4
                with: { fetch-depth: 0 }
              - name: Trust the checkout
                run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
              - name: Lint
                run: spbe lint ${{ github.base_ref && format('--base origin/{0}', github.base_ref) || '' }} --format github
              - name: Lint (SARIF)
                if: always()
                run: spbe lint --format sarif > spbe.sarif || true
              - uses: github/codeql-action/upload-sarif@v3
                if: always()
                with: { sarif_file: spbe.sarif }
              - name: Score
                if: always()
                run: spbe score --format markdown >> "$GITHUB_STEP_SUMMARY"

        """

    static let gitlabCI = """
        spbe:
          image: swift:6.1
          variables:
            GIT_DEPTH: "0"
          before_script:
        \(install.split(separator: "\n").map { "    - " + $0 }.joined(separator: "\n"))
          script:
            - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
            - spbe lint --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format junit > spbe-lint.xml
            - spbe score --format markdown > spbe-score.md
          artifacts:
            when: always
            reports:
              junit: spbe-lint.xml
            paths: [spbe-lint.xml, spbe-score.md]
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"

        """

    static let preCommit = """
        repos:
          - repo: local
            hooks:
              - id: spbe-lint
                name: spbe lint
                entry: spbe lint --worktree
                language: system
                pass_filenames: false
                files: ^(assessments|schemas)/

        """
}
