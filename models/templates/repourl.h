#pragma once

#include <QString>

namespace Atrium {

/// The answer of Backstage's RepoUrlPicker: `host?owner=o&repo=r`, the query written as the browser's
/// URLSearchParams writes it (form encoding: a space becomes '+'), so that templates' `parseRepoUrl` reads it back.
struct RepoUrl {
    QString host;
    QString owner;
    QString repo;
    QString organization; ///< Azure DevOps
    QString workspace; ///< Bitbucket Cloud
    QString project; ///< Bitbucket, Azure DevOps

    /// Reads an answer as Backstage's parseRepoPickerUrl does (`new URL("https://" + answer)`); parts it cannot
    /// find stay empty.
    static RepoUrl parse(const QString& answer);
    /// Backstage's serializeRepoPickerUrl: empty without a host; empty parts are left out.
    QString toString() const;
    /// Backstage's check of the field: a host and a repository name.
    bool isComplete() const { return !host.isEmpty() && !repo.isEmpty(); }

    friend bool operator==(const RepoUrl&, const RepoUrl&) = default;
};

} // namespace Atrium
