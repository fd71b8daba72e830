namespace CategoryMatch.Core.Text;

/// <summary>What a number in a text counts.</summary>
public enum QuantityKind
{
    /// <summary>People: staff, agents, members ("85 сотрудников").</summary>
    Headcount,

    /// <summary>Workplaces or seats ("100 рабочих мест").</summary>
    Seats,

    /// <summary>A percentage ("18%").</summary>
    Percent,

    /// <summary>Any other number.</summary>
    Other,
}
