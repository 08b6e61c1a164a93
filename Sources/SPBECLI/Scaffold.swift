import SPBECore

/// The files `spbe init` writes besides the assessments: schemas, framework, README, CI and hook definitions.
enum Scaffold {
    static let executables: Set<String> = []

    static func files(scope: String, framework: Framework, language: Language) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (name, bytes) in BuiltIn.schemas { files["schemas/\(name)"] = bytes }
        for (id, bytes) in BuiltIn.frameworkFiles { files["schemas/frameworks/\(id).json"] = bytes }
        files["README.md"] = Array(readme(scope: scope, framework: framework).utf8)
        files[".gitignore"] = Array(gitignore.utf8)
        files[".github/workflows/spbe.yml"] = Array(githubWorkflow(language).utf8)
        files[".gitlab-ci.yml"] = Array(gitlabCI(language).utf8)
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

        1. Ubah hanya berkas perangkat daerah Anda: `assessments/\(scope)/<id-perangkat-daerah>.json` (koordinator
           membuatnya dengan `spbe agency add`; `spbe evidence add` juga membuatnya bila belum ada).
        2. Untuk setiap indikator milik Anda (lihat `instansi.json`) isi `level` (\(values(framework))),
           `explanation` (fakta dan analisis) dan `evidence` (data dukung: `path` ke berkas di folder
           `evidence/<id-perangkat-daerah>/` atau `url`). Tingkat 2 ke atas wajib memiliki data dukung. Tanpa
           menyunting JSON: `spbe export --agency <id-perangkat-daerah> --out penilaian.xlsx`, isi lembar kerjanya,
           lalu `spbe import penilaian.xlsx`. Editor yang membaca `$schema` (mis. VS Code) menjelaskan setiap isian.
        3. Tambahkan berkas data dukung dengan `spbe evidence add \(scope)/<indikator> <berkas>` lalu
           `git add <berkas>`; setelah mengganti berkas, catat sha256-nya dengan `spbe evidence --write`.
        4. Sebelum commit, periksa berkas Anda: `spbe lint --worktree`.
        5. Commit dengan surel Anda yang tercantum di `instansi.json` (`git config user.email`), lalu kirim
           perubahan melalui merge request; CI menjalankan `spbe lint` dan `spbe score`.

        ## Untuk Tim Koordinasi

        - `assessments/\(scope)/instansi.json` menetapkan perangkat daerah, pengelolanya (surel penulis commit) dan
          indikator milik masing-masing; setiap indikator dimiliki tepat satu perangkat daerah. Ganti contoh
          `\(Templates.placeholderMaintainer)` dengan surel pengelola yang sebenarnya (lint memperingatkan
          selama masih ada): `spbe agency set \(Templates.coordinatingAgency) --maintainer <surel>`. Tambah perangkat
          daerah beserta berkasnya dengan `spbe agency add <id> --name <nama> --maintainer <surel> --indicators <id,id>`;
          pindahkan indikator dengan `spbe agency set <id> --indicators <id,id>`.
        - `spbe score` menghitung indeks; `spbe status` menunjukkan siapa yang belum mereviu.
        - Tutup siklus dengan tag: `git tag -a cycle/<tahun> -m "Siklus <tahun>"`; buka siklus berikutnya dengan
          `spbe cycle open <tahun>`.
        - `spbe diff` menjelaskan perubahan indeks; `spbe report --out laporan.html` membuat laporan untuk pimpinan.
        """ + "\n"
    }

    /// Puts spbe on the PATH in CI, the fastest way the variables allow: a release archive (`SPBE_RELEASE_URL`,
    /// checked against `SPBE_SHA256`), else a binary built once from `SPBE_SOURCE` at `SPBE_REF` and cached by
    /// the forge (in `.spbe/`), else the job fails at once saying what to set. An image that has spbe
    /// (`SPBE_IMAGE`) needs none of them.
    static let install = """
        if command -v spbe >/dev/null 2>&1; then
          echo "spbe: using $(spbe --version) from the image"
        elif [ -n "${SPBE_RELEASE_URL:-}" ]; then
          if [ -z "${SPBE_SHA256:-}" ]; then
            echo "spbe: set the variable SPBE_SHA256 to the release archive's sha256 (the .sha256 file beside it)" >&2
            exit 1
          fi
          command -v curl >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq --no-install-recommends curl ca-certificates >/dev/null)
          curl -fsSL "$SPBE_RELEASE_URL" -o /tmp/spbe.tar.gz
          echo "$SPBE_SHA256  /tmp/spbe.tar.gz" | sha256sum -c - >/dev/null
          tar -xzf /tmp/spbe.tar.gz -C /tmp spbe && install /tmp/spbe /usr/local/bin/spbe
        elif [ -x .spbe/spbe ]; then
          install .spbe/spbe /usr/local/bin/spbe
        else
          echo "spbe: set the variables SPBE_RELEASE_URL and SPBE_SHA256 (a release archive of spbe), or SPBE_SOURCE (its git URL, built once and cached), or use an image with spbe (SPBE_IMAGE)" >&2
          exit 1
        fi
        """

    /// Builds spbe once from `SPBE_SOURCE` at `SPBE_REF` into `.spbe/spbe`, with the project's release recipe, in
    /// the Swift image on Debian (the binary then runs on any Debian or Ubuntu image).
    static let build = """
        apt-get update -qq && apt-get install -y -qq libgit2-dev libssl-dev pkg-config git >/dev/null
        git clone --quiet --depth 1 --branch "${SPBE_REF:-main}" "$SPBE_SOURCE" /tmp/spbe-source
        /tmp/spbe-source/scripts/release.sh >/dev/null
        mkdir -p .spbe && cp /tmp/spbe-source/dist/stage/spbe .spbe/spbe
        """

    private static func indented(_ script: String, _ prefix: String) -> String {
        script.split(separator: "\n").map { prefix + $0 }.joined(separator: "\n")
    }

    /// The locale the CI output is printed in: the repository's language, or the variable `SPBE_LANG`.
    static func locale(_ language: Language) -> String { language == .id ? "id_ID.UTF-8" : "C.UTF-8" }

    static func githubWorkflow(_ language: Language) -> String {
        """
        # spbe checks every pull request (and reports the index on the default branch).
        # Variables (Settings → Secrets and variables → Actions → Variables):
        #   SPBE_RELEASE_URL, SPBE_SHA256  a release archive of spbe and its sha256: installs in seconds; or
        #   SPBE_SOURCE, SPBE_REF          the git URL (and tag or branch) of spbe: built once, then cached by ref;
        #   SPBE_LANG                      the locale of the output (default \(locale(language)));
        #   SPBE_SARIF=true                also upload SARIF to code scanning, which private repositories have only
        #                                  with GitHub Advanced Security (public ones have it free).
        # It runs on the runner itself: git, curl and Docker are there, so no image is pulled.
        name: spbe
        on:
          pull_request:
          push:
            branches: [main, master]
        jobs:
          spbe:
            runs-on: ubuntu-latest
            permissions: { contents: read, security-events: write }
            env:
              SPBE_RELEASE_URL: ${{ vars.SPBE_RELEASE_URL }}
              SPBE_SHA256: ${{ vars.SPBE_SHA256 }}
              SPBE_SOURCE: ${{ vars.SPBE_SOURCE }}
              SPBE_REF: ${{ vars.SPBE_REF }}
              LANG: ${{ vars.SPBE_LANG || '\(locale(language))' }}
            steps:
              - uses: actions/checkout@v4
                with: { fetch-depth: 0 }
              - name: Cached spbe build
                id: cache
                if: env.SPBE_RELEASE_URL == '' && env.SPBE_SOURCE != ''
                uses: actions/cache@v4
                with:
                  path: .spbe
                  key: spbe-${{ vars.SPBE_SOURCE }}-${{ vars.SPBE_REF || 'main' }}
              - name: Build spbe (first run for this ref only)
                if: env.SPBE_RELEASE_URL == '' && env.SPBE_SOURCE != '' && steps.cache.outputs.cache-hit != 'true'
                run: |
                  docker run --rm -v "$PWD:/work" -w /work -e SPBE_SOURCE -e SPBE_REF swift:6.3-bookworm bash -ec '
        \(indented(build, "          "))
                  '
              - name: Install spbe
                run: |
        \(indented(install.replacingOccurrences(of: "install /tmp/spbe /usr/local/bin/spbe", with: "sudo install /tmp/spbe /usr/local/bin/spbe").replacingOccurrences(of: "install .spbe/spbe /usr/local/bin/spbe", with: "sudo install .spbe/spbe /usr/local/bin/spbe"), "          "))
              - name: Lint
                run: spbe lint ${{ github.base_ref && format('--base origin/{0}', github.base_ref) || '' }} --format github
              - name: Lint (SARIF)
                if: always() && vars.SPBE_SARIF == 'true'
                run: spbe lint --format sarif > spbe.sarif || true
              - uses: github/codeql-action/upload-sarif@v3
                if: always() && vars.SPBE_SARIF == 'true'
                with: { sarif_file: spbe.sarif }
              - name: Score
                if: always()
                run: spbe score --format markdown >> "$GITHUB_STEP_SUMMARY"

        """
    }

    static func gitlabCI(_ language: Language) -> String {
        """
        # spbe checks every merge request. CI/CD variables (Settings → CI/CD → Variables):
        #   SPBE_RELEASE_URL, SPBE_SHA256  a release archive of spbe and its sha256: installs in seconds; or
        #   SPBE_SOURCE, SPBE_REF          the git URL (and tag or branch) of spbe: built once, then cached by ref; or
        #   SPBE_IMAGE                     an image that has spbe (see spbe's Containerfile);
        #   SPBE_LANG                      the locale of the output (default \(locale(language))).
        # --base is the merge request's diff base (the target branch where the request left it), which the clone
        # always holds. The lint report is a JUnit report, which every GitLab tier shows in the merge request.
        # (SARIF is a GitHub format; GitLab's own security reports need GitLab Ultimate.)
        variables:
          SPBE_IMAGE: debian:bookworm-slim
          SPBE_LANG: \(locale(language))
          GIT_DEPTH: "0"

        stages: [build, check]

        spbe-build:
          stage: build
          image: swift:6.3-bookworm
          cache:
            key: spbe-$SPBE_REF
            paths: [.spbe/]
          script:
            - if [ -x .spbe/spbe ]; then echo "spbe was built for this ref already"; exit 0; fi
        \(indented(build, "    - "))
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event" && $SPBE_SOURCE && $SPBE_RELEASE_URL == null

        spbe:
          stage: check
          image: $SPBE_IMAGE
          needs:
            - job: spbe-build
              optional: true
          cache:
            key: spbe-$SPBE_REF
            paths: [.spbe/]
            policy: pull
          variables:
            LANG: $SPBE_LANG
          before_script:
            - |
        \(indented(install, "      "))
          script:
            - spbe lint --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format junit > spbe-lint.xml
            - spbe score --format markdown > spbe-score.md
          artifacts:
            when: always
            reports:
              junit: spbe-lint.xml
            paths: [spbe-lint.xml, spbe-score.md]
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"

        """
    }

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
