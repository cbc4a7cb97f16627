#pragma once

#include <QString>

namespace Atrium {

/// Where a token comes from. Never the token itself: atrium.yaml is shared and checked in.
struct SecretReference {
    QString environmentVariable; ///< `{env: NAME}`
    QString keychainKey; ///< `{keychain: NAME}`, an entry of the system keychain
    bool isSet() const { return !environmentVariable.isEmpty() || !keychainKey.isEmpty(); }

    friend bool operator==(const SecretReference&, const SecretReference&) = default;
};

} // namespace Atrium
