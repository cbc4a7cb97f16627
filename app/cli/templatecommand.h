#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Atrium {

/// `atrium-cli template list`: the software templates of a workspace, what their forms ask and whether they run
/// locally or need a backend; problems of the templates (beyond what `catalog lint` checks) fail it.
/// `atrium-cli template render`: runs a template's steps locally on answers from a file and `--set`, and prints the
/// files (a dry run) or writes them into a folder.
class TemplateCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::TemplateCommand)
public:
    TemplateCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `template`.
    int run(const QStringList& arguments);

    static QString usage();
    /// The answers of --values: a YAML or JSON file holding one mapping ("-" reads standard input). Shared with
    /// `backstage run` and `request send`.
    static std::optional<QJsonObject> readValues(const QString& path, QString& error);

private:
    int list(const QStringList& arguments);
    int render(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
