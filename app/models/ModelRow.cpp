#include "models/ModelRow.h"

#include <QCoreApplication>

namespace ModelRow {

QString loadingText()
{
    return QCoreApplication::translate("ModelRow", "Loading…");
}

QString notConnectedText()
{
    return QCoreApplication::translate("ModelRow", "Not connected to a vault.");
}

} // namespace ModelRow
