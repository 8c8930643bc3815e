#include "soap/SoapElement.h"

namespace sandbox {

const SoapElement *SoapElement::child(const QString &childName,
                                      const QString &childNamespace) const
{
    for (const SoapElement &candidate : children) {
        if (candidate.name == childName && candidate.namespaceUri == childNamespace)
            return &candidate;
    }
    return nullptr;
}

} // namespace sandbox
