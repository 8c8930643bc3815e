#include "changes/SecretLookup.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

namespace SecretLookup {

void find(RestClient *client, const SecretRef &secret, QObject *context, Found done)
{
    SecretQuery query;
    query.searchText = secret.name;
    if (secret.folderId > 0)
        query.folderId = secret.folderId;
    query.includeRestricted = true;
    query.page.allPages = true;
    const int id = secret.id;
    client->searchSecrets(query, context, [id, done](const Result<Page<SecretSummary>> &page) {
        Result<SecretSummary> out;
        static_cast<CallResult &>(out) = page;
        if (!page.ok()) {
            done(out);
            return;
        }
        for (const SecretSummary &summary : page.value.records) {
            if (summary.id == id) {
                out.value = summary;
                done(out);
                return;
            }
        }
        out.status = CallStatus::NotFound;
        out.message = QCoreApplication::translate("SecretLookup",
                                                  "The secret was not found in its folder.");
        done(out);
    });
}

} // namespace SecretLookup
