namespace WccAssure.Core.IO;

/// <summary>
/// A new folder a command has checked it can make (`wcc init`, `wcc synth`): made as a whole, then said in one line.
/// </summary>
public interface IFolderPlan
{
    /// <summary>The line a user is shown once it is made, naming the folder and what it holds.</summary>
    string Summary { get; }

    /// <summary>Makes the folder as a whole; an I/O failure throws and leaves nothing behind.</summary>
    void Write();
}
