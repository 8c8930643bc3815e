#pragma once

#include "http/HttpExchange.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>

namespace sandbox {

class QualysCall;
class QualysDocument;
class QualysTenant;
class RangeSet;
struct AuthRecord;
struct AuthRecordType;

// /api/2.0/fo/auth/<type>/ (list, create, update, delete) and the summary list at
// /api/2.0/fo/auth/ (reference §3). Writes answer BATCH_RETURN; lists page at 1,000 records
// with a WARNING. Never writes a password. Does not own the tenant; changed runs after every
// successful write.
class AuthRecordApi
{
public:
    AuthRecordApi(QualysTenant &tenant, std::function<void()> changed);

    HttpReply handle(const QualysCall &call, const AuthRecordType &type);
    HttpReply summary(const QualysCall &call);

private:
    HttpReply list(const QualysCall &call, const AuthRecordType &type);
    HttpReply create(const QualysCall &call, const AuthRecordType &type);
    HttpReply update(const QualysCall &call, const AuthRecordType &type);
    HttpReply remove(const QualysCall &call, const AuthRecordType &type);

    // AuthRecordRules.cpp: the checks, in the order Qualys reports them.
    QStringList writeNames(const AuthRecordType &type, bool updating) const;
    std::optional<HttpReply> checkValues(const QualysCall &call, const AuthRecordType &type) const;
    std::optional<HttpReply> apply(const QualysCall &call, const AuthRecordType &type,
                                   AuthRecord &record) const;
    // Others: the records of this type as they will be after this call, the record aside.
    std::optional<HttpReply> checkRecord(const QualysCall &call, const AuthRecordType &type,
                                         const AuthRecord &record,
                                         const std::map<int, AuthRecord> &pending) const;

    // The records of type named by `ids`, or a reply naming the first that does not exist.
    std::optional<HttpReply> resolveIds(const QualysCall &call, const AuthRecordType &type,
                                        QList<int> *found) const;

    // AuthRecordList.cpp
    void writeRecord(QualysDocument &document, const AuthRecordType &type, const AuthRecord &record,
                     bool details) const;
    std::optional<HttpReply> listFilter(const QualysCall &call,
                                        std::function<bool(const AuthRecord &)> *filter) const;
    static void writeWarning(QualysDocument &document, const QualysCall &call, const QString &path,
                             int nextId);

    QualysTenant &m_tenant;
    std::function<void()> m_changed;
};

} // namespace sandbox
