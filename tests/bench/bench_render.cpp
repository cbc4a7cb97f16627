// Renders one 200-file skeleton template with ScaffoldRun::dryRun and with a real Backstage backend's scaffolder
// dry-run (tests/integration/backstage), alternating the two, and prints `key: value` lines with both medians and the
// ratio. Not a CTest: tests/bench/run-benchmarks runs it (`bench_render [runs] [files]`). Both sides must produce the
// same files, or the numbers would compare different work; the benchmark checks that first.
//
// What is timed: for Atrium, the whole local run (reading the template's files from disk, rendering names and
// contents, the workspace in memory); for Backstage, the dry-run request as the template editor makes it (upload of
// the template's files, the run on the backend's disk, the workspace read back and answered), measured at the client.

#include "backstagepeer.h"
#include "benchstats.h"
#include "catalog/yamlreader.h"
#include "scaffolder/scaffoldrun.h"
#include "templates/templatedefinition.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <vector>

using namespace Atrium;

namespace {

/// A file of about 1-3 KB of the kind a service skeleton holds: expressions, loops over the services and the
/// environments, conditions on the form's switches, and literal text around them.
QByteArray skeletonFile(int index)
{
    QString text;
    text += QStringLiteral("# ${{ values.name }}: generated file %1 of the skeleton\n").arg(index);
    text += QStringLiteral("# Owner: ${{ values.owner }}; description: ${{ values.description | truncate(60) }}\n\n");
    switch (index % 5) {
    case 0: // a Kubernetes manifest per service
        text += QStringLiteral("{%- for service in values.services %}\n"
                               "---\n"
                               "apiVersion: apps/v1\n"
                               "kind: Deployment\n"
                               "metadata:\n"
                               "  name: ${{ values.name }}-${{ service.name }}\n"
                               "  labels:\n"
                               "    app.kubernetes.io/name: ${{ service.name | lower }}\n"
                               "    app.kubernetes.io/part-of: ${{ values.name }}\n"
                               "spec:\n"
                               "  replicas: ${{ service.replicas }}\n"
                               "  template:\n"
                               "    spec:\n"
                               "      containers:\n"
                               "        - name: ${{ service.name }}\n"
                               "          image: registry.example.com/${{ values.name }}/${{ service.name }}:latest\n"
                               "          ports:\n"
                               "            - containerPort: ${{ service.port }}\n"
                               "{%- if values.withMetrics %}\n"
                               "            - containerPort: ${{ service.port + 1000 }}\n"
                               "              name: metrics\n"
                               "{%- endif %}\n"
                               "{%- endfor %}\n");
        break;
    case 1: // source code with a class per service
        text
            += QStringLiteral("import os\n\n"
                              "{% for service in values.services -%}\n"
                              "class ${{ service.name | capitalize }}Service:\n"
                              "    \"\"\"${{ service.name }} of ${{ values.name }}, port ${{ service.port }}.\"\"\"\n\n"
                              "    PORT = ${{ service.port }}\n"
                              "    REPLICAS = ${{ service.replicas }}\n\n"
                              "    def url(self, env):\n"
                              "        return f\"https://{env}.example.com/${{ service.name }}\"\n"
                              "{% if not loop.last %}\n\n{% endif %}"
                              "{%- endfor %}\n");
        break;
    case 2: // documentation with tables and conditions
        text += QStringLiteral("## Environments\n\n| environment | url |\n|---|---|\n"
                               "{% for env in values.environments -%}\n"
                               "| ${{ env }} | https://${{ values.name }}.${{ env }}.example.com |\n"
                               "{% endfor %}\n"
                               "{% if values.withDocker %}## Docker\n\n"
                               "Build with `docker build -t ${{ values.name }} .` and run it on port "
                               "${{ values.services[0].port }}.\n{% else %}No container image.\n{% endif %}\n"
                               "## Tags\n\n${{ values.tags | join(', ') }}\n\n"
                               "Services: ${{ values.services | length }}; first: ${{ (values.services | first).name "
                               "}}.\n");
        break;
    case 3: // CI configuration with GitHub expressions kept literal
        text += QStringLiteral("name: ${{ values.name }} build\non: [push, pull_request]\njobs:\n"
                               "{%- for env in values.environments %}\n"
                               "  deploy-${{ env }}:\n"
                               "    runs-on: ${{ '${{' }} matrix.os }}\n"
                               "    environment: ${{ env }}\n"
                               "    steps:\n"
                               "      - uses: actions/checkout@v4\n"
                               "      - run: make deploy ENV=${{ env }} SHA=${{ '${{' }} github.sha }}\n"
                               "{%- if values.withCi %}\n"
                               "      - run: make test SERVICE=${{ values.services | join(',', 'name') }}\n"
                               "{%- endif %}\n"
                               "{%- endfor %}\n");
        break;
    default: // configuration with a set and filters
        text += QStringLiteral("{% set prefix = values.name | upper | replace('-', '_') %}\n"
                               "{% for service in values.services %}${{ prefix }}_${{ service.name | upper }}_PORT="
                               "${{ service.port }}\n${{ prefix }}_${{ service.name | upper }}_REPLICAS="
                               "${{ service.replicas }}\n{% endfor %}"
                               "${{ prefix }}_OWNER=${{ values.owner }}\n"
                               "${{ prefix }}_METRICS=${{ values.withMetrics }}\n");
        break;
    }
    // Literal padding so the files are 1-3 KB like real ones; it varies by file.
    for (int line = 0; line < 6 + (index * 7) % 30; ++line)
        text += QStringLiteral("# line %1: plain text the renderer copies through as it is, like a licence header.\n")
                    .arg(line);
    return text.toUtf8();
}

QByteArray templateYaml()
{
    return "apiVersion: scaffolder.backstage.io/v1beta3\n"
           "kind: Template\n"
           "metadata:\n"
           "  name: bench-service\n"
           "  title: A service with 200 files\n"
           "spec:\n"
           "  owner: team-a\n"
           "  type: service\n"
           "  parameters:\n"
           "    - title: Service\n"
           "      properties:\n"
           "        name: { type: string }\n"
           "        owner: { type: string }\n"
           "        description: { type: string }\n"
           "        services: { type: array }\n"
           "        environments: { type: array }\n"
           "        tags: { type: array }\n"
           "        withDocker: { type: boolean }\n"
           "        withCi: { type: boolean }\n"
           "        withMetrics: { type: boolean }\n"
           "  steps:\n"
           "    - id: fetch\n"
           "      name: Fetch the skeleton\n"
           "      action: fetch:template\n"
           "      input:\n"
           "        url: ./skeleton\n"
           "        values:\n"
           "          name: ${{ parameters.name }}\n"
           "          owner: ${{ parameters.owner }}\n"
           "          description: ${{ parameters.description }}\n"
           "          services: ${{ parameters.services }}\n"
           "          environments: ${{ parameters.environments }}\n"
           "          tags: ${{ parameters.tags }}\n"
           "          withDocker: ${{ parameters.withDocker }}\n"
           "          withCi: ${{ parameters.withCi }}\n"
           "          withMetrics: ${{ parameters.withMetrics }}\n";
}

QJsonObject values()
{
    QJsonArray services;
    const char* names[] = { "api", "worker", "scheduler", "gateway", "billing", "search", "notify", "audit" };
    for (int i = 0; i < 8; ++i) {
        services.append(QJsonObject { { QStringLiteral("name"), QLatin1String(names[i]) },
                                      { QStringLiteral("port"), 8080 + i },
                                      { QStringLiteral("replicas"), 1 + i % 3 } });
    }
    return { { QStringLiteral("name"), QStringLiteral("orders-platform") },
             { QStringLiteral("owner"), QStringLiteral("group:default/commerce") },
             { QStringLiteral("description"),
               QStringLiteral("Takes orders, bills them and tells the customer when they ship") },
             { QStringLiteral("services"), services },
             { QStringLiteral("environments"),
               QJsonArray { QStringLiteral("dev"), QStringLiteral("staging"), QStringLiteral("prod") } },
             { QStringLiteral("tags"), QJsonArray { QStringLiteral("java"), QStringLiteral("orders") } },
             { QStringLiteral("withDocker"), true },
             { QStringLiteral("withCi"), true },
             { QStringLiteral("withMetrics"), false } };
}

/// The skeleton: @p count files in 20 folders, every tenth name an expression.
bool writeTemplate(const QString& root, int count, qint64* bytes)
{
    QDir dir(root);
    QFile yaml(dir.filePath(QStringLiteral("template.yaml")));
    if (!yaml.open(QIODevice::WriteOnly) || yaml.write(templateYaml()) < 0)
        return false;
    static const char* extensions[] = { ".yaml", ".py", ".md", ".yml", ".env" };
    for (int i = 0; i < count; ++i) {
        const QString folder = QStringLiteral("skeleton/%1/part-%2").arg(i % 2 ? u"src"_qs : u"deploy"_qs).arg(i % 10);
        const QString name = i % 10 == 3
            ? QStringLiteral("${{ values.name }}-%1%2").arg(i).arg(QLatin1String(extensions[i % 5]))
            : QStringLiteral("file-%1%2").arg(i).arg(QLatin1String(extensions[i % 5]));
        if (!dir.mkpath(folder))
            return false;
        QFile file(dir.filePath(folder + u'/' + name));
        const QByteArray content = skeletonFile(i);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return false;
        *bytes += content.size();
    }
    return true;
}

double median(std::vector<double> samples)
{
    return BenchStats::stats(std::move(samples)).median;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = std::max(1, args.size() > 1 ? args.at(1).toInt() : 5);
    const int count = std::max(1, args.size() > 2 ? args.at(2).toInt() : 200);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QTemporaryDir dir;
    qint64 bytes = 0;
    if (!dir.isValid() || !writeTemplate(dir.path(), count, &bytes)) {
        err << "bench_render: cannot write the template into a temporary folder\n";
        return 2;
    }
    const QString file = dir.filePath(QStringLiteral("template.yaml"));
    QFile yamlFile(file);
    if (!yamlFile.open(QIODevice::ReadOnly)) {
        err << "bench_render: cannot read " << file << '\n';
        return 2;
    }
    const YamlReadResult yaml = readYamlDocuments(yamlFile.readAll(), file);
    if (yaml.documents.size() != 1) {
        err << "bench_render: the generated template.yaml does not parse\n";
        return 2;
    }
    TemplateDefinition definition
        = TemplateDefinitionReader::read(yaml.documents.front().value.toObject(), file, &yaml.documents.front());
    // The dry-run calls every template template:default/dry-run; the same name here keeps the outputs identical.
    definition.ref = QStringLiteral("template:default/dry-run");
    ScaffoldRequest request;
    request.values = values();
    request.templateDirectory = dir.path();

    BackstagePeer::Backend backend;
    QString error;
    QElapsedTimer startup;
    startup.start();
    if (!backend.start(&error)) {
        err << "bench_render: " << error << '\n';
        return 2;
    }
    const qint64 startupMs = startup.elapsed();
    const QList<BackstagePeer::File> upload = BackstagePeer::readDirectory(dir.path());

    // One run of each first: the check that both make the same files, and the warm-up (Node's JIT, the page cache).
    const ScaffoldResult ours = ScaffoldRun::dryRun(definition, request);
    const QByteArray templateJson = BackstagePeer::Backend::templateJson(file, &error);
    if (!error.isEmpty()) {
        err << "bench_render: " << error << '\n';
        return 2;
    }
    const BackstagePeer::DryRun theirs = backend.dryRun(templateJson, request.values, {}, upload);
    if (!ours.ok() || !theirs.error.isEmpty() || theirs.status != 200) {
        err << "bench_render: a run failed. Atrium: " << ours.error << "; Backstage: HTTP " << theirs.status << ' '
            << theirs.error << QJsonDocument(theirs.body).toJson(QJsonDocument::Compact).left(1000) << '\n';
        return 2;
    }
    QList<BackstagePeer::File> theirFiles = theirs.files;
    std::sort(theirFiles.begin(), theirFiles.end(),
              [](const BackstagePeer::File& a, const BackstagePeer::File& b) { return a.path < b.path; });
    bool same = theirFiles.size() == ours.files.size();
    qint64 outputBytes = 0;
    for (qsizetype i = 0; same && i < theirFiles.size(); ++i) {
        same = theirFiles.at(i).path == ours.files.at(i).path && theirFiles.at(i).content == ours.files.at(i).content;
        outputBytes += ours.files.at(i).content.size();
    }

    std::vector<double> atriumMs, atriumCpuMs, backstageMs, backstageCpuMs, ratios, cpuRatios;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = BenchStats::processCpuMs();
        const ScaffoldResult result = ScaffoldRun::dryRun(definition, request);
        atriumMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        atriumCpuMs.push_back(BenchStats::processCpuMs() - cpuBefore);
        const double backendCpuBefore = backend.cpuMs();
        const BackstagePeer::DryRun dryRun = backend.dryRun(templateJson, request.values, {}, upload);
        backstageCpuMs.push_back(backend.cpuMs() - backendCpuBefore);
        if (!result.ok() || dryRun.status != 200) {
            err << "bench_render: run " << run << " failed\n";
            return 2;
        }
        backstageMs.push_back(double(dryRun.elapsedMs));
        ratios.push_back(backstageMs.back() / atriumMs.back());
        cpuRatios.push_back(backstageCpuMs.back() / atriumCpuMs.back());
    }
    backend.stop();

    out << "files: " << count << '\n';
    out << "template_bytes: " << bytes << '\n';
    out << "output_files: " << ours.files.size() << '\n';
    out << "output_bytes: " << outputBytes << '\n';
    out << "same_output: " << (same ? "yes" : "no") << '\n';
    out << "runs: " << runs << '\n';
    out << "backend_startup_ms: " << startupMs << '\n';
    out << "atrium_median_ms: " << median(atriumMs) << '\n';
    out << "atrium_cpu_median_ms: " << median(atriumCpuMs) << '\n';
    out << "backstage_median_ms: " << median(backstageMs) << '\n';
    out << "ratio_median: " << median(ratios) << '\n';
    // The backend's CPU time in the request (its own, not the client's), against the local run's: what the work
    // costs, less disturbed by other processes on the machine than wall time is.
    out << "backstage_cpu_median_ms: " << median(backstageCpuMs) << '\n';
    out << "cpu_ratio_median: " << median(cpuRatios) << '\n';
    return same ? 0 : 1;
}
