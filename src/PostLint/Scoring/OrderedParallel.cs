using System.Runtime.ExceptionServices;

namespace PostLint.Scoring;

/// <summary>
/// Maps a stream on several cores and yields the results in input order, holding at most a bounded window of items:
/// memory stays flat whatever the input size. Work is handed out in batches to keep the cores busy.
/// </summary>
/// <remarks>
/// A reader thread cuts the source into batches and queues each twice: in input order for the consumer, and for the
/// workers. The consumer waits for the batch at the head of the order with <see cref="Monitor.Wait(object)"/>, which
/// blocks at once: a consumer spinning on a task took a core's share from the workers on a two-core machine.
/// </remarks>
internal static class OrderedParallel
{
    private const int BatchSize = 256;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int degree, CancellationToken cancellationToken)
    {
        if (degree <= 1)
        {
            foreach (TIn item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(item);
            }

            yield break;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ordered = new BlockingQueue<Batch<TIn, TOut>>(degree * 4);
        var work = new BlockingQueue<Batch<TIn, TOut>>(int.MaxValue);   // bounded by the window of `ordered`
        Exception? sourceFailure = null;
        CancellationToken stop = cts.Token;

        var workers = new Task[degree];
        for (int w = 0; w < degree; w++)
        {
            workers[w] = Task.Factory.StartNew(
                () =>
                {
                    while (work.TryTake(out Batch<TIn, TOut>? batch))
                    {
                        batch.Run(map, stop);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        Task reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var batch = new Batch<TIn, TOut>(BatchSize);
                    foreach (TIn item in source)
                    {
                        if (stop.IsCancellationRequested)
                        {
                            return;
                        }

                        if (batch.Add(item))
                        {
                            if (!ordered.Add(batch))
                            {
                                return;   // the consumer has stopped
                            }

                            work.Add(batch);
                            batch = new Batch<TIn, TOut>(BatchSize);
                        }
                    }

                    if (batch.Count > 0 && ordered.Add(batch))
                    {
                        work.Add(batch);
                    }
                }
                catch (Exception ex)
                {
                    sourceFailure = ex;
                }
                finally
                {
                    ordered.CompleteAdding();
                    work.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            while (ordered.TryTake(out Batch<TIn, TOut>? batch))
            {
                if (!batch.WaitDone())
                {
                    break;   // cancelled before it ran
                }

                for (int i = 0; i < batch.Count; i++)
                {
                    yield return batch.Results[i];
                }
            }

            reader.Wait(CancellationToken.None);
            if (sourceFailure is not null)
            {
                ExceptionDispatchInfo.Throw(sourceFailure);
            }
        }
        finally
        {
            cts.Cancel();
            ordered.Close();
            reader.Wait(CancellationToken.None);
            Task.WaitAll(workers, CancellationToken.None);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// A first-in, first-out queue whose takers and (when it is full) adders block on its monitor, without spinning:
    /// on two cores, a thread spinning to add or take took CPU time from the workers.
    /// </summary>
    private sealed class BlockingQueue<T>(int capacity)
        where T : class
    {
        private readonly Queue<T> _items = new();
        private readonly object _gate = new();
        private bool _complete;
        private bool _closed;

        /// <summary>Adds an item, waiting while the queue is full; returns false once the queue is closed.</summary>
        public bool Add(T item)
        {
            lock (_gate)
            {
                while (_items.Count >= capacity && !_closed)
                {
                    Monitor.Wait(_gate);
                }

                if (_closed)
                {
                    return false;
                }

                _items.Enqueue(item);
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        /// <summary>Takes the next item, waiting while there is none; false once the queue is complete and empty, or closed.</summary>
        public bool TryTake([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item)
        {
            lock (_gate)
            {
                while (_items.Count == 0 && !_complete && !_closed)
                {
                    Monitor.Wait(_gate);
                }

                if (_closed || !_items.TryDequeue(out item))
                {
                    item = null;
                    return false;
                }

                Monitor.PulseAll(_gate);
                return true;
            }
        }

        /// <summary>No more items will be added; takers finish what is queued.</summary>
        public void CompleteAdding()
        {
            lock (_gate)
            {
                _complete = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Stops the queue: adders and takers return false at once.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>A batch of items, its results once a worker has mapped it, and the signal that it has.</summary>
    private sealed class Batch<TIn, TOut>(int capacity)
    {
        private readonly TIn[] _items = new TIn[capacity];
        private readonly object _gate = new();   // Monitor.Wait/Pulse need a monitor, not a System.Threading.Lock
        private bool _done;
        private bool _ran;
        private ExceptionDispatchInfo? _failure;

        public int Count { get; private set; }

        public TOut[] Results { get; private set; } = [];

        /// <summary>Adds an item; returns whether the batch is now full.</summary>
        public bool Add(TIn item)
        {
            _items[Count++] = item;
            return Count == _items.Length;
        }

        /// <summary>Maps the items (unless the run was stopped) and signals the consumer.</summary>
        public void Run(Func<TIn, TOut> map, CancellationToken stop)
        {
            bool ran = false;
            ExceptionDispatchInfo? failure = null;
            if (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = new TOut[Count];
                    for (int i = 0; i < results.Length; i++)
                    {
                        results[i] = map(_items[i]);
                    }

                    Results = results;
                    ran = true;
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            }

            Array.Clear(_items);   // the consumer needs only the results
            lock (_gate)
            {
                _ran = ran;
                _failure = failure;
                _done = true;
                Monitor.Pulse(_gate);
            }
        }

        /// <summary>Blocks until a worker has run the batch; rethrows its failure; returns false if it was skipped.</summary>
        public bool WaitDone()
        {
            lock (_gate)
            {
                while (!_done)
                {
                    Monitor.Wait(_gate);
                }
            }

            _failure?.Throw();
            return _ran;
        }
    }
}
