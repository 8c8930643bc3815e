#include "changes/DirectoryChanges.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

// --- GroupMembershipChange ------------------------------------------------------------------

GroupMembershipChange::GroupMembershipChange(int groupId, const QString &groupName, int userId,
                                             const QString &userName)
    : m_groupId(groupId)
    , m_groupName(groupName)
    , m_userId(userId)
    , m_userName(userName)
{
}

QString GroupMembershipChange::title() const
{
    return tr("Add %1 to group %2").arg(m_userName, m_groupName);
}

void GroupMembershipChange::read(RestClient *client, QObject *context, Done done)
{
    client->userGroups(m_userId, context, [this, done](const Result<Page<GroupMember>> &page) {
        m_isMember = false;
        for (const GroupMember &member : page.value.records) {
            if (member.groupId == m_groupId)
                m_isMember = true;
        }
        done(page);
    });
}

QStringList GroupMembershipChange::preview() const
{
    if (m_isMember)
        return {tr("%1 is already a member of group %2.").arg(m_userName, m_groupName)};
    return {tr("Add %1 to group %2 (now: not a member); %1 gets every permission the group has.")
                    .arg(m_userName, m_groupName)};
}

void GroupMembershipChange::apply(RestClient *client, QObject *context, Done done)
{
    client->addGroupMember(m_groupId, m_userId, context,
                           [done](const Result<bool> &result) { done(result); });
}

// --- IpRestrictionAssignmentChange ----------------------------------------------------------

IpRestrictionAssignmentChange::IpRestrictionAssignmentChange(int restrictionId,
                                                             const QString &restrictionName,
                                                             const QString &range, int userId,
                                                             const QString &userName)
    : m_restrictionId(restrictionId)
    , m_restrictionName(restrictionName)
    , m_range(range)
    , m_userId(userId)
    , m_userName(userName)
{
}

QString IpRestrictionAssignmentChange::title() const
{
    return tr("Assign IP restriction %1 to %2").arg(m_restrictionName, m_userName);
}

void IpRestrictionAssignmentChange::read(RestClient *client, QObject *context, Done done)
{
    client->userIpRestrictions(
            m_userId, context, [this, done](const Result<Page<IpRestrictionAssignment>> &page) {
        m_assigned = false;
        m_others.clear();
        for (const IpRestrictionAssignment &assignment : page.value.records) {
            if (assignment.restrictionId == m_restrictionId)
                m_assigned = true;
            else
                m_others << assignment.restrictionName;
        }
        done(page);
    });
}

QStringList IpRestrictionAssignmentChange::preview() const
{
    if (m_assigned)
        return {tr("%1 already has IP restriction %2.").arg(m_userName, m_restrictionName)};
    const QString now = m_others.isEmpty() ? tr("now: none") : m_others.join(QStringLiteral(", "));
    return {tr("Assign IP restriction %1 (%2) to %3 (%4)")
                    .arg(m_restrictionName, m_range, m_userName, now)};
}

QStringList IpRestrictionAssignmentChange::warnings() const
{
    if (m_assigned)
        return {};
    return {tr("After this, %1 can sign in only from %2 (or another range assigned to it): "
               "make sure the scanner appliances are inside it.")
                    .arg(m_userName, m_range)};
}

void IpRestrictionAssignmentChange::apply(RestClient *client, QObject *context, Done done)
{
    client->assignIpRestriction(m_restrictionId, m_userId, context,
                                [done](const Result<bool> &result) { done(result); });
}
