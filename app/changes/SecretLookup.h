#pragma once

#include "changes/ServerChange.h"
#include "secretserver/Secret.h"

// Finds a secret's summary (security flags, inheritance) by a search in its folder: unlike
// reading the secret, a search audits no view and never checks the secret out.
namespace SecretLookup {

using Found = std::function<void(const secretserver::Result<secretserver::SecretSummary> &)>;

void find(secretserver::RestClient *client, const SecretRef &secret, QObject *context,
          Found done);

} // namespace SecretLookup
