#pragma once

#include "profiles/ConnectionProfile.h"
#include "qualys/QualysConnection.h"

#include <QByteArray>
#include <optional>

// The vault profile for a running scanvault-sandbox, built from the sandbox's ready line
// ({"https":port,"sha256":hex,...}): its HTTPS address on loopback, its self-signed
// certificate pinned for that host and port, and the example administrator.
namespace SandboxProfile {

QString profileName();

// Updates `existing` (same id) when given, else creates a profile. Empty when the ready
// line names no HTTPS port or fingerprint.
std::optional<ConnectionProfile> fromReadyLine(const QByteArray &readyJson,
                                               const std::optional<ConnectionProfile> &existing);

QString qualysConnectionName();

// The sandbox's Qualys API (same HTTPS port and certificate) as the example Qualys user.
// Updates `existing` (same id) when given. Empty when the ready line is incomplete.
std::optional<qualys::QualysConnection>
qualysFromReadyLine(const QByteArray &readyJson,
                    const std::optional<qualys::QualysConnection> &existing);

} // namespace SandboxProfile
