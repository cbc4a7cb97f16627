#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Atrium {

/// `atrium-cli template list`: the software templates of a workspace, what their forms ask and whether they run
/// locally or need a backend; problems of the templates (beyond what `catalog lint` checks) fail it.
class TemplateCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::TemplateCommand)
public:
    TemplateCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `template`.
    int run(const QStringList& arguments);

    static QString usage();

private:
    int list(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
