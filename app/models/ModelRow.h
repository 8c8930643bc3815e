#pragma once

#include <QObject>
#include <QString>

// What every ScanVault item model shares so views can treat them alike: a row is a record,
// the "Loading…" row shown while a listing takes a while, or an error row kept until retry.
namespace ModelRow {
Q_NAMESPACE

enum class Kind { Record, Loading, Error };
Q_ENUM_NS(Kind)

enum Role {
    KindRole = Qt::UserRole + 1, // ModelRow::Kind
    ErrorMessageRole,            // translated reason on an error row
    RetryRole,                   // setData(errorRow, true, RetryRole) asks again
    FirstModelRole = Qt::UserRole + 16
};

// A listing that answers within this time never shows a loading row, so fast servers do not
// make the view flicker.
constexpr int LoadingRowDelayMs = 300;

QString loadingText();
QString notConnectedText();

} // namespace ModelRow
