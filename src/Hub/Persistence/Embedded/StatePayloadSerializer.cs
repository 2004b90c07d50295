using System.Buffers;
using Orleans.Serialization;

namespace Exchange.Hub.Persistence.Embedded;

/// <summary>
/// Grain state to and from the bytes stored in the embedded hub's file: Orleans' binary format, byte for byte what
/// <see cref="Orleans.Storage.OrleansGrainStorageSerializer"/> writes, so rows stay readable either way. Each write
/// serialises into a buffer its thread keeps, and only the finished payload is copied out: starting from an empty
/// buffer each time, growing it and copying the result again cost more than a third of a busy hub's allocations.
/// </summary>
internal sealed class StatePayloadSerializer(Serializer serializer)
{
    // Larger buffers are not kept: one unusual state must not pin its size for the thread's lifetime.
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public byte[] Serialize<T>(T value)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        try
        {
            serializer.Serialize(value, buffer);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
            }
        }
    }

    public T Deserialize<T>(byte[] payload) => serializer.Deserialize<T>(payload)!;
}
