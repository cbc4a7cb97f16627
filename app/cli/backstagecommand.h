#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Atrium {

struct BackstageConnection;

/// `atrium-cli backstage entities`: a Backstage backend's catalog, read through its REST API.
/// `atrium-cli backstage run`: runs a template on a Backstage backend's scaffolder and prints its log as it comes;
/// the exit code says whether the task completed.
class BackstageCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::BackstageCommand)
public:
    BackstageCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `backstage`.
    int run(const QStringList& arguments);

    static QString usage();

private:
    int entities(const QStringList& arguments);
    int runTemplate(const QStringList& arguments);
    /// The backend named by --url and --token-env; nothing when the URL is not one or the token variable is unset
    /// (the error is printed).
    std::optional<BackstageConnection> connection(const QCommandLineParser& parser);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
