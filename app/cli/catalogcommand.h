#pragma once

#include "catalog/catalogindex.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Atrium {

/// `atrium-cli catalog lint|list`: parses the command line, loads the catalog from the given paths and prints
/// what CatalogOutput formats. Exit codes as CliApplication::ExitCode.
class CatalogCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogCommand)
public:
    /// What `catalog list` keeps. Empty members do not filter.
    struct ListFilter {
        QString text; ///< the catalog index's full-text query
        QString kind; ///< case-insensitive
        QString owner; ///< a ref as spec.owner is written: default kind Group, default namespace "default"
    };

    CatalogCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `catalog`.
    int run(const QStringList& arguments);

    static QString usage();

    /// Entity indexes of @p index's snapshot that pass @p filter, in snapshot order. Entities with errors are left
    /// out, as Backstage's API would not serve them. Returns nothing and sets @p error when the owner is not a ref.
    static QList<int> select(const CatalogIndex& index, const ListFilter& filter, QString* error = nullptr);

private:
    int lint(const QStringList& arguments);
    int list(const QStringList& arguments);
    /// Parses @p arguments; on `--help`, `--version` or a usage error prints and returns the exit code.
    std::optional<int> parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
