#pragma once

// Runs tests/node/catalog-verdicts.js, the real Backstage catalog model in Node, over the validation corpus.
// Shared by the conformance tests; each includes it once.

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace BackstageOracle {

inline QString nodeDir()
{
    return QStringLiteral(ATRIUM_NODE_DIR);
}

inline QString corpusDir()
{
    return QStringLiteral(ATRIUM_TEST_DATA_DIR "/validation");
}

inline QString installHint()
{
    return QStringLiteral("Install the Backstage packages with: npm ci --prefix %1").arg(nodeDir());
}

inline QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(corpusDir(), { QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/// Runs one of the scripts in tests/node and returns what it printed; on failure, nothing and the reason in @p error,
/// including how to install what is missing.
inline QByteArray runNodeScript(const QString& script, const QStringList& arguments, QString* error)
{
    const QString node = QStringLiteral(ATRIUM_NODE_EXECUTABLE);
    if (node.isEmpty() || !QFileInfo(node).isExecutable()) {
        *error = QStringLiteral("Node.js was not found when CMake configured this test "
                                "(apt-get install nodejs, then re-run cmake). ")
            + installHint();
        return {};
    }
    for (const char* package : { "@backstage/catalog-model", "@backstage/plugin-scaffolder-common", "yaml" }) {
        const QString manifest
            = nodeDir() + QStringLiteral("/node_modules/") + QLatin1String(package) + QStringLiteral("/package.json");
        if (!QFileInfo::exists(manifest)) {
            *error = QStringLiteral("%1 is missing from %2/node_modules. ").arg(QLatin1String(package), nodeDir())
                + installHint();
            return {};
        }
    }
    QProcess process;
    process.setProgram(node);
    process.setArguments(QStringList { nodeDir() + QLatin1Char('/') + script } + arguments);
    process.start();
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2\n%3")
                     .arg(script, QString::fromUtf8(process.readAllStandardError()), installHint());
        return {};
    }
    return process.readAllStandardOutput();
}

/// Backstage's verdict on every document of @p files: [{file, document, valid, stage, message, entity,
/// relations, yamlError, notEntity, jsonSafe}]. On failure returns an empty array and says why in @p error,
/// including how to install what is missing.
inline QJsonArray verdicts(const QStringList& files, QString* error)
{
    const QByteArray printed = runNodeScript(QStringLiteral("catalog-verdicts.js"), files, error);
    if (!error->isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument output = QJsonDocument::fromJson(printed, &parseError);
    if (!output.isArray()) {
        *error = QStringLiteral("the Node oracle printed no JSON array: %1").arg(parseError.errorString());
        return {};
    }
    return output.array();
}

} // namespace BackstageOracle
