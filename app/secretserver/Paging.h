#pragma once

#include <QList>
#include <QString>

namespace secretserver {

enum class SortDirection { Ascending, Descending };

// Which slice of a Secret Server list to fetch (skip/take/sortBy[0]). With allPages the
// client walks the pages itself, up to ConnectionSettings::maxListRecords records.
struct PageRequest
{
    int skip = 0;
    int take = 100;
    QString sortBy; // server field name, e.g. "name"; empty = server default
    SortDirection direction = SortDirection::Ascending;
    bool allPages = false;
};

// One page of a list (or all of it, with PageRequest::allPages).
template<typename T>
struct Page
{
    QList<T> records;
    int skip = 0;
    int take = 0;
    int total = 0;       // as reported by the server
    bool hasNext = false; // more records exist after this page
    bool truncated = false; // allPages stopped at maxListRecords
};

} // namespace secretserver
